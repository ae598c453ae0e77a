// SecretStore: memory mode, the fallback when no keychain answers, and a real Secret Service
// (gnome-keyring inside a private D-Bus session) when the machine has one to start.
//
// The two subprocess tests re-launch this binary as `tst --secretstore-helper keychain|fallback`
// with a cleaned environment; the helper prints one line per step and exits 0 (all good),
// 1 (a step failed) or 77 (no usable Secret Service: skip).
#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <cstdio>
#include <optional>

using namespace capataz;
using namespace capataz::secrets;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kHelperSkip = 77;
const char* const kHelperFlag = "--secretstore-helper";

// Runs the event loop until `done` is called (or the timeout passes).
template <typename R, typename Start> std::optional<R> await(Start start, int timeoutMs = 20000)
{
    std::optional<R> out;
    QEventLoop loop;
    QObject context;
    start(&context, [&](R r) {
        out = std::move(r);
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!out)
        loop.exec();
    return out;
}

std::optional<Result<QString>> readSync(SecretStore& store, const QString& key)
{
    return await<Result<QString>>([&](QObject* ctx, auto done) { store.read(key, ctx, done); });
}

std::optional<VoidResult> writeSync(SecretStore& store, const QString& key, const QString& value)
{
    return await<VoidResult>([&](QObject* ctx, auto done) { store.write(key, value, ctx, done); });
}

std::optional<VoidResult> removeSync(SecretStore& store, const QString& key)
{
    return await<VoidResult>([&](QObject* ctx, auto done) { store.remove(key, ctx, done); });
}

template <typename T> QByteArray why(const std::optional<std::expected<T, Error>>& r)
{
    if (!r)
        return "no answer (timeout)";
    return *r ? QByteArray() : r->error().toString().toUtf8();
}

// Every message logged while installed, to prove no secret value reaches the log.
QStringList g_messages;
QtMessageHandler g_previousHandler = nullptr;
void recordMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    g_messages << message;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

// ---- the helper process -----------------------------------------------------------------

class HelperRun {
public:
    bool check(bool ok, const char* step, const QString& detail = {})
    {
        if (ok) {
            std::printf("ok: %s\n", step);
        } else {
            std::printf("FAIL: %s: %s\n", step, qPrintable(detail));
            m_failed = true;
        }
        std::fflush(stdout);
        return ok;
    }
    [[nodiscard]] bool failed() const { return m_failed; }

private:
    bool m_failed = false;
};

QString describe(const std::optional<Result<QString>>& r)
{
    if (!r)
        return u"no answer"_s;
    return *r ? u"a value"_s : r->error().toString();
}

QString describe(const std::optional<VoidResult>& r)
{
    if (!r)
        return u"no answer"_s;
    return *r ? u"success"_s : r->error().toString();
}

// A QtKeychain job run directly, bypassing SecretStore: what is really in the keychain.
struct RawOutcome {
    QKeychain::Error error = QKeychain::OtherError;
    QString errorString;
    QString value;
};

RawOutcome rawJob(QKeychain::Job* job)
{
    RawOutcome out;
    QEventLoop loop;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&](QKeychain::Job* j) {
        out.error = j->error();
        out.errorString = j->errorString();
        if (auto* read = qobject_cast<QKeychain::ReadPasswordJob*>(j); read && !j->error())
            out.value = read->textData();
        loop.quit();
    });
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    job->setAutoDelete(true);
    job->start();
    loop.exec();
    return out;
}

RawOutcome rawRead(const QString& key)
{
    auto* job = new QKeychain::ReadPasswordJob(SecretStore::serviceName());
    job->setKey(key);
    return rawJob(job);
}

int keychainHelper()
{
    // Is there a Secret Service at all? If QtKeychain itself cannot use it, skip.
    {
        auto* probe = new QKeychain::WritePasswordJob(SecretStore::serviceName());
        probe->setKey(u"capataz-test-probe"_s);
        probe->setTextData(u"probe"_s);
        const RawOutcome out = rawJob(probe);
        if (out.error != QKeychain::NoError) {
            std::printf("SKIP: QtKeychain cannot use the Secret Service (error %d: %s)\n", int(out.error),
                        qPrintable(out.errorString));
            return kHelperSkip;
        }
        auto* cleanup = new QKeychain::DeletePasswordJob(SecretStore::serviceName());
        cleanup->setKey(u"capataz-test-probe"_s);
        rawJob(cleanup);
    }

    HelperRun run;
    const QString key = SecretStore::key(u"web", SecretStore::Kind::SudoPassword);
    const QString value = u"s3cret ñ 🔑 value"_s;
    SecretStore store;
    int changes = 0;
    QObject::connect(&store, &SecretStore::persistenceChanged, &store, [&](bool) { ++changes; });
    run.check(store.isPersistent(), "persistent at start");

    const auto written = writeSync(store, key, value);
    run.check(written && *written, "write", describe(written));
    run.check(store.isPersistent(), "still persistent after write", store.memoryOnlyReason());

    const RawOutcome inKeychain = rawRead(key);
    run.check(inKeychain.error == QKeychain::NoError && inKeychain.value == value, "value is in the keychain",
              inKeychain.errorString);

    const auto readBack = readSync(store, key);
    run.check(readBack && *readBack && **readBack == value, "read back", describe(readBack));

    SecretStore other; // no shared memory: only the keychain can answer
    const auto fromOther = readSync(other, key);
    run.check(fromOther && *fromOther && **fromOther == value, "another store reads it", describe(fromOther));

    const auto replaced = writeSync(store, key, u"second"_s);
    const auto readReplaced = readSync(other, key);
    run.check(replaced && *replaced && readReplaced && *readReplaced && **readReplaced == u"second",
              "write replaces", describe(readReplaced));

    const auto removed = removeSync(store, key);
    run.check(removed && *removed, "remove", describe(removed));
    const RawOutcome afterRemove = rawRead(key);
    run.check(afterRemove.error == QKeychain::EntryNotFound, "gone from the keychain",
              afterRemove.errorString);
    const auto readRemoved = readSync(other, key);
    run.check(readRemoved && !*readRemoved && readRemoved->error().code == ErrorCode::NotFound,
              "read after remove is NotFound", describe(readRemoved));
    const auto removedAgain = removeSync(store, key);
    run.check(removedAgain && *removedAgain, "remove again succeeds", describe(removedAgain));

    run.check(store.isPersistent() && other.isPersistent() && changes == 0, "never fell back to memory",
              store.memoryOnlyReason());
    return run.failed() ? 1 : 0;
}

int fallbackHelper()
{
    g_previousHandler = qInstallMessageHandler(recordMessage);
    HelperRun run;
    const QString value = u"fallback-secret-value-4711"_s;
    const QString key1 = SecretStore::key(u"web", SecretStore::Kind::Password);
    const QString key2 = SecretStore::key(u"db", SecretStore::Kind::KeyPassphrase);
    SecretStore store;
    QList<bool> changes;
    QObject::connect(&store, &SecretStore::persistenceChanged, &store, [&](bool p) { changes << p; });
    run.check(qgetenv("CAPATAZ_KEYCHAIN").isEmpty(), "memory mode not forced");
    run.check(store.isPersistent(), "persistent until the keychain fails");

    // Two jobs under way when the keychain fails: both fall back, one signal.
    std::optional<VoidResult> first, second;
    QEventLoop loop;
    store.write(key1, value, &store, [&](VoidResult r) {
        first = r;
        if (second)
            loop.quit();
    });
    store.write(key2, value, &store, [&](VoidResult r) {
        second = r;
        if (first)
            loop.quit();
    });
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    run.check(first && *first, "first write lands in memory", describe(first));
    run.check(second && *second, "second write lands in memory", describe(second));
    run.check(!store.isPersistent(), "no longer persistent");
    run.check(changes == QList<bool>{false}, "persistenceChanged(false) once",
              QString::number(changes.size()));
    run.check(!store.memoryOnlyReason().isEmpty(), "a reason is given");

    const auto readBack = readSync(store, key1);
    run.check(readBack && *readBack && **readBack == value, "read back from memory", describe(readBack));
    const auto removed = removeSync(store, key1);
    run.check(removed && *removed, "remove", describe(removed));
    const auto readRemoved = readSync(store, key1);
    run.check(readRemoved && !*readRemoved && readRemoved->error().code == ErrorCode::NotFound,
              "read after remove is NotFound", describe(readRemoved));
    run.check(changes.size() == 1, "no further signal");

    qInstallMessageHandler(g_previousHandler);
    bool leaked = false;
    for (const QString& m : std::as_const(g_messages))
        leaked = leaked || m.contains(value);
    run.check(!leaked, "the value never reaches the log");
    run.check(!store.memoryOnlyReason().contains(value), "nor the reason");
    return run.failed() ? 1 : 0;
}

int runHelper(const QString& mode)
{
    if (mode == u"keychain")
        return keychainHelper();
    if (mode == u"fallback")
        return fallbackHelper();
    std::printf("FAIL: unknown helper mode\n");
    return 1;
}

// An environment with no session bus, no desktop hints and a private HOME / runtime dir.
QProcessEnvironment isolatedEnvironment(const QString& home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name :
         {"DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY", "XDG_CURRENT_DESKTOP", "DESKTOP_SESSION",
          "GNOME_DESKTOP_SESSION_ID", "KDE_FULL_SESSION", "KDE_SESSION_VERSION", "XDG_DATA_HOME",
          "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "CAPATAZ_KEYCHAIN", "QT_NO_GLIB", "GNOME_KEYRING_CONTROL"})
        env.remove(QString::fromLatin1(name));
    env.insert(u"HOME"_s, home);
    env.insert(u"XDG_RUNTIME_DIR"_s, home); // QTemporaryDir is 0700, as the runtime dir must be
    return env;
}

struct HelperResult {
    bool started = false;
    int exitCode = -1;
    QString output;
};

HelperResult runProcess(const QString& program, const QStringList& args, const QProcessEnvironment& env)
{
    HelperResult result;
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, args);
    result.started = process.waitForStarted(10000);
    if (!result.started)
        return result;
    if (!process.waitForFinished(90000)) {
        process.kill();
        process.waitForFinished(5000);
    }
    result.output = QString::fromUtf8(process.readAll());
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}

} // namespace

class TestSecretStore : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void keys_data();
    void keys();
    void memoryForcedByEnvironment();
    void memoryRoundTrip_data();
    void memoryRoundTrip();
    void overwrite();
    void readMissing();
    void remove();
    void keysAreIndependent();
    void answersLater();
    void destroyedContextIsNotCalled();
    void valueNeverInLogOrErrors();

    void fallbackWhenNoKeychain();
    void realKeychainRoundTrip();
};

void TestSecretStore::initTestCase()
{
    // The in-process tests never touch a real keychain, whoever runs them.
    qputenv("CAPATAZ_KEYCHAIN", "memory");
}

void TestSecretStore::keys_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<SecretStore::Kind>("kind");
    QTest::addColumn<QString>("key");
    QTest::newRow("password") << u"web"_s << SecretStore::Kind::Password << u"web/password"_s;
    QTest::newRow("key passphrase") << u"web"_s << SecretStore::Kind::KeyPassphrase
                                    << u"web/key-passphrase"_s;
    QTest::newRow("sudo password") << u"db-1.prod"_s << SecretStore::Kind::SudoPassword
                                   << u"db-1.prod/sudo-password"_s;
}

void TestSecretStore::keys()
{
    QFETCH(QString, server);
    QFETCH(SecretStore::Kind, kind);
    QFETCH(QString, key);
    QCOMPARE(SecretStore::key(server, kind), key);
    QCOMPARE(SecretStore::serviceName(), u"Capataz"_s);
}

void TestSecretStore::memoryForcedByEnvironment()
{
    SecretStore store;
    QVERIFY(!store.isPersistent());
    QVERIFY(store.memoryOnlyReason().contains(u"CAPATAZ_KEYCHAIN"_s));
}

void TestSecretStore::memoryRoundTrip_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("plain") << u"hunter2"_s;
    QTest::newRow("spanish and emoji") << u"contraseña-ñandú 🔑"_s;
    QTest::newRow("quotes, spaces, newline") << u"a 'b' \"c\" $d\n"_s;
    QTest::newRow("empty") << u""_s;
    QTest::newRow("long") << QString(4096, u'x');
}

void TestSecretStore::memoryRoundTrip()
{
    QFETCH(QString, value);
    SecretStore store;
    QSignalSpy changes(&store, &SecretStore::persistenceChanged);
    const QString key = SecretStore::key(u"web", SecretStore::Kind::Password);
    const auto written = writeSync(store, key, value);
    QVERIFY2(written && *written, why(written).constData());
    const auto read = readSync(store, key);
    QVERIFY2(read && *read, why(read).constData());
    QCOMPARE(**read, value);
    QCOMPARE(changes.size(), 0); // memory from the start: nothing changed
}

void TestSecretStore::overwrite()
{
    SecretStore store;
    const QString key = SecretStore::key(u"web", SecretStore::Kind::Password);
    QVERIFY(writeSync(store, key, u"old"_s).value_or(VoidResult()));
    QVERIFY(writeSync(store, key, u"new"_s).value_or(VoidResult()));
    const auto read = readSync(store, key);
    QVERIFY2(read && *read, why(read).constData());
    QCOMPARE(**read, u"new"_s);
}

void TestSecretStore::readMissing()
{
    SecretStore store;
    const auto read = readSync(store, SecretStore::key(u"nowhere", SecretStore::Kind::Password));
    QVERIFY(read);
    QVERIFY(!*read);
    QCOMPARE(read->error().code, ErrorCode::NotFound);
}

void TestSecretStore::remove()
{
    SecretStore store;
    const QString key = SecretStore::key(u"web", SecretStore::Kind::KeyPassphrase);
    QVERIFY(writeSync(store, key, u"passphrase"_s).value_or(VoidResult()));
    const auto removed = removeSync(store, key);
    QVERIFY2(removed && *removed, why(removed).constData());
    const auto read = readSync(store, key);
    QVERIFY(read && !*read);
    QCOMPARE(read->error().code, ErrorCode::NotFound);

    const auto again = removeSync(store, key); // idempotent
    QVERIFY2(again && *again, why(again).constData());
}

void TestSecretStore::keysAreIndependent()
{
    SecretStore store;
    using K = SecretStore::Kind;
    QVERIFY(writeSync(store, SecretStore::key(u"web", K::Password), u"a"_s).value_or(VoidResult()));
    QVERIFY(writeSync(store, SecretStore::key(u"web", K::SudoPassword), u"b"_s).value_or(VoidResult()));
    QVERIFY(writeSync(store, SecretStore::key(u"db", K::Password), u"c"_s).value_or(VoidResult()));
    QVERIFY(removeSync(store, SecretStore::key(u"web", K::Password)).value_or(VoidResult()));

    QCOMPARE(readSync(store, SecretStore::key(u"web", K::Password))->error().code, ErrorCode::NotFound);
    QCOMPARE(readSync(store, SecretStore::key(u"web", K::SudoPassword))->value(), u"b"_s);
    QCOMPARE(readSync(store, SecretStore::key(u"db", K::Password))->value(), u"c"_s);
    QCOMPARE(readSync(store, SecretStore::key(u"db", K::KeyPassphrase))->error().code, ErrorCode::NotFound);
}

void TestSecretStore::answersLater()
{
    SecretStore store;
    QObject context;
    bool called = false;
    store.write(u"k"_s, u"v"_s, &context, [&](VoidResult) { called = true; });
    QVERIFY(!called); // never from inside write()
    QTRY_VERIFY(called);

    called = false;
    store.read(u"k"_s, nullptr, [&](Result<QString>) { called = true; }); // null context: the store
    QVERIFY(!called);
    QTRY_VERIFY(called);
}

void TestSecretStore::destroyedContextIsNotCalled()
{
    SecretStore store;
    bool called = false;
    {
        QObject context;
        store.read(u"k"_s, &context, [&](Result<QString>) { called = true; });
    }
    bool later = false;
    QObject alive;
    store.read(u"k"_s, &alive, [&](Result<QString>) { later = true; });
    QTRY_VERIFY(later);
    QVERIFY(!called);
}

void TestSecretStore::valueNeverInLogOrErrors()
{
    g_messages.clear();
    g_previousHandler = qInstallMessageHandler(recordMessage);
    const QString value = u"do-not-log-me-9731"_s;
    {
        SecretStore store;
        const QString key = SecretStore::key(u"web", SecretStore::Kind::Password);
        QVERIFY(writeSync(store, key, value).value_or(VoidResult()));
        QVERIFY(removeSync(store, key).value_or(VoidResult()));
        const auto read = readSync(store, key);
        QVERIFY(read && !*read);
        QVERIFY(!read->error().detail.contains(value));
        QVERIFY(!read->error().toString().contains(value));
    }
    qInstallMessageHandler(g_previousHandler);
    for (const QString& m : std::as_const(g_messages))
        QVERIFY2(!m.contains(value), "a secret value reached the log");
}

void TestSecretStore::fallbackWhenNoKeychain()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const HelperResult r =
        runProcess(QCoreApplication::applicationFilePath(), {QString::fromLatin1(kHelperFlag), u"fallback"_s},
                   isolatedEnvironment(home.path()));
    QVERIFY(r.started);
    QVERIFY2(r.exitCode == 0, qPrintable(r.output));
    QVERIFY2(r.output.contains(u"ok: persistenceChanged(false) once"_s), qPrintable(r.output));
}

void TestSecretStore::realKeychainRoundTrip()
{
    const QString dbusRunSession = QStandardPaths::findExecutable(u"dbus-run-session"_s);
    const QString keyringDaemon = QStandardPaths::findExecutable(u"gnome-keyring-daemon"_s);
    if (dbusRunSession.isEmpty() || keyringDaemon.isEmpty())
        QSKIP("needs dbus-run-session and gnome-keyring-daemon (packages dbus, gnome-keyring)");

    QTemporaryDir home;
    QVERIFY(home.isValid());
    // A private session bus with an unlocked login keyring; the helper runs inside it.
    const QString script = u"echo -n pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null; "
                           u"exec \"$@\""_s;
    const QStringList args{u"--"_s,
                           u"sh"_s,
                           u"-c"_s,
                           script,
                           u"sh"_s,
                           QCoreApplication::applicationFilePath(),
                           QString::fromLatin1(kHelperFlag),
                           u"keychain"_s};
    const HelperResult r = runProcess(dbusRunSession, args, isolatedEnvironment(home.path()));
    QVERIFY2(r.started, "dbus-run-session did not start");
    if (r.exitCode == kHelperSkip) {
        QString reason = r.output.trimmed();
        for (const QString& line : r.output.split(u'\n')) {
            if (line.startsWith(u"SKIP: "))
                reason = line.mid(6);
        }
        QSKIP(qPrintable(reason));
    }
    QVERIFY2(r.exitCode == 0, qPrintable(r.output));
    QVERIFY2(r.output.contains(u"ok: value is in the keychain"_s), qPrintable(r.output));
    QVERIFY2(r.output.contains(u"ok: never fell back to memory"_s), qPrintable(r.output));
}

int main(int argc, char** argv)
{
    for (int i = 1; i + 1 < argc; ++i) {
        if (qstrcmp(argv[i], kHelperFlag) == 0) {
            QCoreApplication app(argc, argv);
            return runHelper(QString::fromLocal8Bit(argv[i + 1]));
        }
    }
    QCoreApplication app(argc, argv);
    TestSecretStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secretstore.moc"
