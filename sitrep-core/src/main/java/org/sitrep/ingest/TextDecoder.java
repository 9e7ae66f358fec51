package org.sitrep.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * Turns bytes into text: UTF-8 (with or without a byte order mark), or UTF-16 when a byte order
 * mark says so. Refuses binary data and anything else, naming the problem.
 */
final class TextDecoder {
  private TextDecoder() {}

  static String decode(String origin, byte[] bytes) throws InputException {
    if (bytes.length == 0) {
      throw new InputException(origin, "empty input");
    }
    Charset charset = StandardCharsets.UTF_8;
    int offset = 0;
    if (bytes.length >= 3
        && (bytes[0] & 0xff) == 0xef
        && (bytes[1] & 0xff) == 0xbb
        && (bytes[2] & 0xff) == 0xbf) {
      offset = 3; // UTF-8 byte order mark
    } else if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
      charset = StandardCharsets.UTF_16LE;
      offset = 2;
    } else if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
      charset = StandardCharsets.UTF_16BE;
      offset = 2;
    }
    if (charset == StandardCharsets.UTF_8 && looksBinary(bytes)) {
      throw new InputException(origin, "binary data, not text (NUL or control bytes)");
    }
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    String name =
        charset == StandardCharsets.UTF_8 ? "UTF-8" : "UTF-16 (as its byte order mark says)";
    String text;
    try {
      CharBuffer out = decoder.decode(in);
      text = out.toString();
    } catch (MalformedInputException e) {
      throw new InputException(
          origin,
          "not valid "
              + name
              + " (bad byte near offset "
              + in.position()
              + "); re-encode it as UTF-8");
    } catch (CharacterCodingException e) {
      throw new InputException(origin, "not valid " + name + "; re-encode it as UTF-8");
    }
    if (text.isBlank()) {
      throw new InputException(origin, "empty input (only whitespace)");
    }
    checkText(origin, text);
    return text;
  }

  /**
   * Refuses text that holds binary data: a NUL character, or more than 5% control characters other
   * than tab, CR, LF and form feed (as {@link #looksBinary} does for bytes). For text that arrived
   * already decoded, in a JSON string.
   */
  static void checkText(String origin, String text) throws InputException {
    int sample = Math.min(text.length(), 64 * 1024);
    int control = 0;
    for (int i = 0; i < sample; i++) {
      char c = text.charAt(i);
      if (c == 0) {
        throw new InputException(origin, "binary data, not text (NUL characters)");
      }
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
        control++;
      }
    }
    if (control > sample / 20) {
      throw new InputException(origin, "binary data, not text (control characters)");
    }
    if (text.indexOf(0) >= 0) {
      throw new InputException(origin, "binary data, not text (NUL characters)");
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
