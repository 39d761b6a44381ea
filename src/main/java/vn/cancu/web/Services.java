package vn.cancu.web;

import java.util.Objects;

/** What the web app serves from. */
public record Services(WebSettings settings) {
  public Services {
    Objects.requireNonNull(settings, "settings");
  }
}
