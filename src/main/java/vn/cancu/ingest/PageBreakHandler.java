package vn.cancu.ingest;

import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Writes a form feed between the {@code <div class="page">} elements Tika's PDF parser emits, so
 * later stages can tell a page break (with its running header and page number) from a line break.
 */
final class PageBreakHandler extends ContentHandlerDecorator {

  private static final char[] FORM_FEED = {'\f'};
  private boolean inPages;

  PageBreakHandler(ContentHandler handler) {
    super(handler);
  }

  @Override
  public void startElement(String uri, String localName, String name, Attributes atts)
      throws SAXException {
    if ("div".equals(localName) && "page".equals(atts.getValue("class"))) {
      if (inPages) {
        super.characters(FORM_FEED, 0, 1);
      }
      inPages = true;
    }
    super.startElement(uri, localName, name, atts);
  }
}
