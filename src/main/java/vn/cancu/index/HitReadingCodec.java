package vn.cancu.index;

import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.compressing.CompressionMode;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.codecs.lucene90.compressing.Lucene90CompressingStoredFieldsFormat;

/**
 * Lucene's codec with stored fields in small LZ4 blocks. Its own keeps 80 KB blocks with a shared
 * dictionary, so each hit a page shows decompressed about 20 KB: 18 µs a hit, a tenth of a search. In 4
 * KB blocks a hit takes 8 µs, for a fifth more stored bytes (72 → 94 MB at 10k plans). Found by name
 * when an index is read (registered in {@code META-INF/services}): the name must never change.
 */
public final class HitReadingCodec extends FilterCodec {
  public static final String NAME = "CancuHitReading1";
  private static final int BLOCK_BYTES = 4 * 1024;
  private static final int MAX_DOCS_PER_BLOCK = 128;
  private static final int BLOCKS_PER_INDEX_ENTRY_SHIFT = 10;

  private final StoredFieldsFormat storedFields = new Lucene90CompressingStoredFieldsFormat(
      "CancuStoredFieldsLz4Small", CompressionMode.FAST, BLOCK_BYTES, MAX_DOCS_PER_BLOCK, BLOCKS_PER_INDEX_ENTRY_SHIFT);

  /** Public and argument-free: Lucene instantiates it by name when it opens an index. */
  public HitReadingCodec() {
    // Not Codec.getDefault(): codecs are built while Lucene loads them, before a default exists.
    super(NAME, new Lucene104Codec());
  }

  @Override
  public StoredFieldsFormat storedFieldsFormat() {
    return storedFields;
  }
}
