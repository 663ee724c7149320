package cloudscan.report.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HtmlOutTest {

  @Test void escape_coversTextAndBothQuoteStyles() {
    assertThat(HtmlOut.escape("<a href='x' title=\"y\">&</a>"))
        .isEqualTo("&lt;a href=&#39;x&#39; title=&quot;y&quot;&gt;&amp;&lt;/a&gt;");
  }

  @Test void attributeValues_areEscaped() {
    assertThat(new HtmlOut().open("td", "data-account", "\" onmouseover=\"alert(1)").toString())
        .isEqualTo("<td data-account=\"&quot; onmouseover=&quot;alert(1)\">");
  }

  @Test void tagNames_mustBeIdentifiers() {
    assertThatThrownBy(() -> new HtmlOut().open("td onclick=x")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test void nullAttribute_isOmitted_nullText_isEmpty() {
    assertThat(new HtmlOut().open("p", "title", null).text(null).close("p").toString()).isEqualTo("<p></p>");
  }
}
