// Run once by the mongo image on its first start (docker-entrypoint-initdb.d), as the root user:
// each service gets its own user, allowed to read and write its own database only, and the staff
// directory (database civicline-staff): hotline, which hosts the admin pages, reads and writes it;
// mediation and stats read it and update an account, which a user's change of their own password
// needs (MongoDB cannot narrow that to the user's own document), but create and delete none.
const STAFF = "civicline-staff";

db.getSiblingDB(STAFF).createRole({
  role: "staffSelfService",
  privileges: [
    { resource: { db: STAFF, collection: "staff_accounts" }, actions: ["find", "update"] },
  ],
  roles: [],
});

for (const [database, user, password, staffRole] of [
  ["hotline", "hotline", process.env.MONGO_HOTLINE_PASSWORD, "readWrite"],
  ["mediation", "mediation", process.env.MONGO_MEDIATION_PASSWORD, "staffSelfService"],
  [STAFF, "stats", process.env.MONGO_STATS_PASSWORD, "staffSelfService"],
]) {
  if (!password) {
    throw new Error(`no password for the MongoDB user ${user}`);
  }
  const roles = [{ role: staffRole, db: STAFF }];
  if (database !== STAFF) {
    roles.push({ role: "readWrite", db: database });
  }
  db.getSiblingDB(database).createUser({ user: user, pwd: password, roles: roles });
}
