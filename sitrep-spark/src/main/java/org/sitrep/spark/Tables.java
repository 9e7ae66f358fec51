package org.sitrep.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.sitrep.store.StoreRows;

/** Spark schemas of the store's tables, column for column from {@link StoreRows}. */
final class Tables {
  /** Internal columns: the article a row belongs to and its place in input order. */
  static final String SHA = "_sha";

  static final String ORDINAL = "_ordinal";

  private Tables() {}

  static StructType schema(StoreRows.Table table, boolean withKeys) {
    List<StructField> fields = new ArrayList<>();
    for (StoreRows.Column c : table.columns()) {
      fields.add(DataTypes.createStructField(c.name(), type(c.type()), true));
    }
    if (withKeys) {
      fields.add(DataTypes.createStructField(SHA, DataTypes.StringType, true));
      fields.add(DataTypes.createStructField(ORDINAL, DataTypes.LongType, false));
    }
    return DataTypes.createStructType(fields);
  }

  private static DataType type(StoreRows.Type t) {
    return switch (t) {
      case STRING -> DataTypes.StringType;
      case INT -> DataTypes.IntegerType;
      case LONG -> DataTypes.LongType;
      case DOUBLE -> DataTypes.DoubleType;
      case BOOLEAN -> DataTypes.BooleanType;
      case DATE -> DataTypes.DateType;
    };
  }
}
