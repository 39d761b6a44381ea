package vn.cancu.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;

/**
 * What identifies one version of the index pointer file without reading it: its file key (inode),
 * modification time and size. Publishing renames a new file over the pointer, so any publish
 * changes the key; the time and size guard against a key reused by the file system.
 */
record PointerStamp(Object fileKey, FileTime modified, long size) {
  static final PointerStamp MISSING = new PointerStamp(null, null, -1);

  static PointerStamp of(Path pointer) {
    try {
      BasicFileAttributes a = Files.readAttributes(pointer, BasicFileAttributes.class);
      return new PointerStamp(a.fileKey(), a.lastModifiedTime(), a.size());
    } catch (NoSuchFileException e) {
      return MISSING;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the attributes of " + pointer, e);
    }
  }
}
