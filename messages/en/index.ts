// The English catalogue (translated from zh-CN; lib/i18n/catalogue-parity.test.ts keeps the keys in step), one JSON file per namespace so that features own their strings.
// Add a namespace: create <namespace>.json with a single top-level key and import it here.
import captchaSum from "./captcha-sum.json";
import captchaWidget from "./captcha-widget.json";
import chrome from "./chrome.json";
import conflictResolution from "./conflict-resolution.json";
import contentEditor from "./content-editor.json";
import edge from "./edge.json";
import errorPages from "./error-pages.json";
import errors from "./errors.json";
import faq from "./faq.json";
import footer from "./footer.json";
import guide from "./guide.json";
import home from "./home.json";
import nav from "./nav.json";
import platform from "./platform.json";
import platformSite from "./platform-site.json";
import recovery from "./recovery.json";
import services from "./services.json";
import site from "./site.json";
import staff from "./staff.json";
import staffFlow from "./staff-flow.json";
import staffOps from "./staff-ops.json";
import verification from "./verification.json";
import wayBack from "./way-back.json";
import wizard from "./wizard.json";

const messages = {
  ...captchaSum,
  ...captchaWidget,
  ...chrome,
  ...conflictResolution,
  ...contentEditor,
  ...edge,
  ...errorPages,
  ...errors,
  ...faq,
  ...footer,
  ...guide,
  ...home,
  ...nav,
  ...platform,
  ...platformSite,
  ...recovery,
  ...services,
  ...site,
  ...staff,
  ...staffFlow,
  ...staffOps,
  ...verification,
  ...wayBack,
  ...wizard,
};

export default messages;
