/*
 * Shows a product's top questions from the help center on the product's own page:
 *   <div data-faq-product="widget-pro"></div>            (data-faq-lang="zh" for another language than the site's default)
 *   <script src="https://help.example.com/embed/widget.js" defer></script>
 * Text is set with textContent, never parsed as HTML. The widget runs on other
 * sites, so nothing it reads is trusted: the language must be one the help
 * center is built in (embed/languages.json), and links must be http(s).
 */
(function () {
  var script = document.currentScript;
  var root = new URL('../', script ? script.src : location.href);
  var LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;

  /** An http(s) address resolved against the help center, or nothing: no javascript:, data: or other schemes. */
  function safeHref(value) {
    if (typeof value !== 'string') return undefined;
    try {
      var url = new URL(value, root);
      return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
    } catch (error) {
      return undefined;
    }
  }

  function link(text, value) {
    var href = safeHref(value);
    if (!href || typeof text !== 'string') return undefined;
    var anchor = document.createElement('a');
    anchor.href = href;
    anchor.textContent = text;
    return anchor;
  }

  function render(element, data) {
    var heading = document.createElement('h2');
    heading.textContent = String(data.title);
    var list = document.createElement('ul');
    (Array.isArray(data.questions) ? data.questions : []).forEach(function (item) {
      var anchor = item && link(item.question, item.url);
      if (!anchor) return;
      var li = document.createElement('li');
      li.appendChild(anchor);
      list.appendChild(li);
    });
    var more = data.more && link(data.more.label, data.more.url);
    element.replaceChildren.apply(element, more ? [heading, list, more] : [heading, list]);
  }

  /** The path of a language's files under the help center, or nothing when the site has no such language. */
  function languagePrefix(lang, site) {
    if (!lang || lang === site.defaultLang) return '';
    if (LANGUAGE_TAG.test(lang) && site.languages.indexOf(lang) !== -1) return encodeURIComponent(lang) + '/';
    return undefined;
  }

  var elements = document.querySelectorAll('[data-faq-product]');
  if (!elements.length) return;
  fetch(new URL('embed/languages.json', root))
    .then(function (response) { return response.ok ? response.json() : Promise.reject(response.status); })
    .then(function (site) {
      elements.forEach(function (element) {
        var lang = element.getAttribute('data-faq-lang');
        var prefix = languagePrefix(lang, site);
        if (prefix === undefined) {
          console.warn('FAQ widget: data-faq-lang="' + lang + '" is not a language of this help center; use one of ' + site.languages.join(', '));
          return;
        }
        fetch(new URL(prefix + 'embed/p/' + encodeURIComponent(element.getAttribute('data-faq-product')) + '.json', root))
          .then(function (response) { return response.ok ? response.json() : Promise.reject(response.status); })
          .then(function (data) { render(element, data); })
          .catch(function () { /* the product page stays as it was */ });
      });
    })
    .catch(function () { /* the product page stays as it was */ });
})();
