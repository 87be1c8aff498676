// Run once by the mongo image on its first start (docker-entrypoint-initdb.d), as the root user:
// each service gets its own user, allowed to read and write its own database only.
for (const [database, user, password] of [
  ["hotline", "hotline", process.env.MONGO_HOTLINE_PASSWORD],
  ["mediation", "mediation", process.env.MONGO_MEDIATION_PASSWORD],
]) {
  if (!password) {
    throw new Error(`no password for the MongoDB user ${user}`);
  }
  db.getSiblingDB(database).createUser({
    user: user,
    pwd: password,
    roles: [{ role: "readWrite", db: database }],
  });
}
