// The English catalogue (translated from zh-CN; messages/en.test.ts keeps the keys in step), one JSON file per namespace so that features own their strings.
// Add a namespace: create <namespace>.json with a single top-level key and import it here.
import contentEditor from "./content-editor.json";
import errors from "./errors.json";
import faq from "./faq.json";
import footer from "./footer.json";
import guide from "./guide.json";
import home from "./home.json";
import nav from "./nav.json";
import platform from "./platform.json";
import recovery from "./recovery.json";
import site from "./site.json";
import staff from "./staff.json";
import verification from "./verification.json";
import wizard from "./wizard.json";

const messages = { ...contentEditor, ...site, ...nav, ...footer, ...home, ...errors, ...platform, ...guide, ...recovery, ...wizard, ...faq, ...staff, ...verification };

export default messages;
