package vn.cancu.cite;

import java.util.List;
import java.util.Objects;

/**
 * The full text of a directive dropped in corpus/directives/, split by article.
 *
 * @param key the document's key read from its title ("10/2022/QH15"), or its name when the title
 *     gives no number
 * @param title the line naming the document ("Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 ngày
 *     10/11/2022")
 * @param articles the articles in order
 */
public record DirectiveText(String key, String title, List<Article> articles) {
  public DirectiveText {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(title, "title");
    articles = List.copyOf(articles);
  }
}
