// `npm run seed:demo`: demo data for every outcome into DATABASE_URL (used by `npm run demo` and
// the e2e web server). PLACEHOLDER: another helper replaces this body with the real demo data;
// it must stay idempotent (running it twice must not duplicate anything).
console.log(JSON.stringify({ seeded: false }));
