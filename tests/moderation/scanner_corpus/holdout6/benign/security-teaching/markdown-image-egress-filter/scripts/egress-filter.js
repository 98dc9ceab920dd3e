'use strict';

const ALLOWED_IMAGE_HOSTS = new Set((process.env.ALLOWED_IMAGE_HOSTS || 'cdn.example.com').split(','));
const SAFE_DATA_IMAGE = /^data:image\/(png|jpeg|gif|webp);base64,/i;
const MAX_QUERY = 100;

function hostOf(url) {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}

module.exports = function egressFilter(md) {
  const defaultImage = md.renderer.rules.image;
  md.renderer.rules.image = (tokens, idx, options, env, self) => {
    const src = tokens[idx].attrGet('src') || '';
    if (SAFE_DATA_IMAGE.test(src)) return defaultImage(tokens, idx, options, env, self);
    const host = hostOf(src);
    if (!host || !ALLOWED_IMAGE_HOSTS.has(host)) {
      return `<span class="blocked-image">[image removed: external host ${md.utils.escapeHtml(host || 'invalid')}]</span>`;
    }
    return defaultImage(tokens, idx, options, env, self);
  };

  const defaultLinkOpen = md.renderer.rules.link_open || ((t, i, o, e, s) => s.renderToken(t, i, o));
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    const token = tokens[idx];
    const href = token.attrGet('href') || '';
    const host = hostOf(href);
    if (host && !ALLOWED_IMAGE_HOSTS.has(host)) {
      const url = new URL(href);
      if (url.search.length > MAX_QUERY) {
        url.search = '';
        token.attrSet('href', url.toString());
      }
      token.attrSet('rel', 'noopener noreferrer nofollow');
      token.attrSet('data-external-host', host);
    }
    return defaultLinkOpen(tokens, idx, options, env, self);
  };
};
