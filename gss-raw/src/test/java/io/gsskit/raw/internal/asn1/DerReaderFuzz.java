package io.gsskit.raw.internal.asn1;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Jazzer target: the generic DER walker and every typed primitive reader on arbitrary bytes may
 * only throw {@link DerException}.
 */
class DerReaderFuzz {

  @FuzzTest(maxDuration = "30s")
  void walk(byte[] input) {
    try {
      DerTestSupport.readAll(input);
    } catch (DerException expected) {
      // defined failure
    }
    for (DerReader.ElementReader<?> typed : TYPED) {
      try {
        DerReader.decode(input, typed);
      } catch (DerException expected) {
        // defined failure
      }
    }
  }

  private static final DerReader.ElementReader<?>[] TYPED = {
      DerReader::readInt32, DerReader::readUInt32, DerReader::readUInt32Lenient,
      DerReader::readInt64, DerReader::readEnumerated, DerReader::readBoolean,
      DerReader::readOctetString, DerReader::readKerberosString,
      DerReader::readKerberosStringLenient, DerReader::readUtf8String, DerReader::readIa5String,
      DerReader::readKerberosTime, DerReader::readBitString, DerReader::readKerberosFlags,
      DerReader::readObjectIdentifier, DerReader::readRawElement,
      r -> r.readSequenceOf(DerReader::readInt32, 4),
  };
}
