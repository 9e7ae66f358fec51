package org.sitrep.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/** Turns bytes into text, refusing binary data and anything that is not UTF-8. */
final class TextDecoder {
  private TextDecoder() {}

  static String decode(String origin, byte[] bytes) throws InputException {
    if (bytes.length == 0) {
      throw new InputException(origin, "empty input");
    }
    int offset = 0;
    if (bytes.length >= 3
        && (bytes[0] & 0xff) == 0xef
        && (bytes[1] & 0xff) == 0xbb
        && (bytes[2] & 0xff) == 0xbf) {
      offset = 3; // UTF-8 byte order mark
    }
    if (looksBinary(bytes)) {
      throw new InputException(origin, "binary data, not text (NUL or control bytes)");
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    try {
      CharBuffer out = decoder.decode(in);
      String text = out.toString();
      if (text.isBlank()) {
        throw new InputException(origin, "empty input (only whitespace)");
      }
      return text;
    } catch (MalformedInputException e) {
      throw new InputException(
          origin,
          "not valid UTF-8 (bad byte near offset " + in.position() + "); re-encode it as UTF-8");
    } catch (CharacterCodingException e) {
      throw new InputException(origin, "not valid UTF-8; re-encode it as UTF-8");
    }
  }

  /** NUL bytes, or more than 5% control bytes other than tab, CR, LF and form feed. */
  static boolean looksBinary(byte[] bytes) {
    int sample = Math.min(bytes.length, 64 * 1024);
    int control = 0;
    for (int i = 0; i < sample; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
        control++;
      }
    }
    return control > sample / 20;
  }
}
