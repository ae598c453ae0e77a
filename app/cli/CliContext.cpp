#include "CliContext.h"

#include "common/ErrorCatalog.h"
#include "store/DataDir.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>

#include <cerrno>
#include <cstring>
#include <poll.h>
#include <termios.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace capataz::cli {

namespace {

void writeFd(int fd, QByteArrayView data)
{
    const char* p = data.data();
    qsizetype left = data.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, p, size_t(left));
        if (n > 0) {
            p += n;
            left -= n;
        } else if (n < 0 && errno == EAGAIN) {
            pollfd pfd{fd, POLLOUT, 0};
            (void)::poll(&pfd, 1, -1); // an inherited non-blocking descriptor: wait until it drains
        } else if (n < 0 && errno != EINTR) {
            return; // closed or broken: nothing sensible left to do with the output
        }
    }
}

// Runs `start(done)` and spins a local event loop until `done` is called.
template <typename T, typename Start> T waitFor(Start start)
{
    std::optional<T> result;
    QEventLoop loop;
    start([&](T r) {
        result = std::move(r);
        loop.quit();
    });
    if (!result)
        loop.exec();
    return std::move(*result);
}

// Echo off while a secret is typed on a terminal; restored by the destructor.
class EchoOff {
public:
    EchoOff()
    {
        if (::tcgetattr(STDIN_FILENO, &m_saved) != 0)
            return;
        termios quiet = m_saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        m_active = ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
    }
    ~EchoOff()
    {
        if (m_active)
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

private:
    termios m_saved{};
    bool m_active = false;
};

constexpr qsizetype kMaxLine = 64 * 1024;

} // namespace

CliContext::CliContext() = default;

CliContext::~CliContext()
{
    m_store.reset(); // before the database it refers to
    m_db.reset();
}

void CliContext::writeOut(QByteArrayView data)
{
    writeFd(STDOUT_FILENO, data);
}
void CliContext::writeErr(QByteArrayView data)
{
    writeFd(STDERR_FILENO, data);
}

namespace {
bool g_jsonErrors = false;

// Every line of `text` indented by two spaces.
QString indented(const QString& text)
{
    return u"  "_s + QString(text).replace(u'\n', u"\n  "_s);
}
} // namespace

void CliContext::setJsonErrors(bool on)
{
    g_jsonErrors = on;
}

QString CliContext::errorText(const Error& error, const QString& hint)
{
    const QString detail = error.plainDetail();
    QString text = u"capataz-cli: "_s + errorSentence(error) + u'\n';
    text += indented(detail.isEmpty() ? error.codeName() : error.codeName() + u": "_s + detail) + u'\n';
    if (!hint.isEmpty())
        text += indented(hint) + u'\n';
    return text;
}

int CliContext::reportError(const Error& error, const QString& hint, int exitCode)
{
    if (g_jsonErrors) {
        const QJsonObject inner{{u"code"_s, error.codeName()},
                                {u"message"_s, errorSentence(error)},
                                {u"detail"_s, error.plainDetail()},
                                {u"hint"_s, hint}};
        writeErr(QByteArray(QJsonDocument(QJsonObject{{u"error"_s, inner}}).toJson(QJsonDocument::Compact) +
                            '\n'));
        return exitCode;
    }
    printErr(errorText(error, hint));
    return exitCode;
}

int CliContext::usageError(const QString& detail, const QString& command, int exitCode)
{
    const QString help =
        command.isEmpty() ? u"capataz-cli --help"_s : u"capataz-cli "_s + command + u" --help"_s;
    return reportError(
        Error{ErrorCode::InvalidArgument, detail},
        QCoreApplication::translate("capataz::cli", "Run '%1' to see how it is used.").arg(help), exitCode);
}

std::optional<int> CliContext::parse(QCommandLineParser& parser, const QStringList& args,
                                     const CommandHelp& help, int usageExit)
{
    const QCommandLineOption helpOption({u"h"_s, u"help"_s}, u"Show this help."_s);
    const QCommandLineOption dataDirOption(
        u"data-dir"_s,
        u"Keep profiles and known hosts in DIR (default: $CAPATAZ_DATA_DIR, "
        u"else the standard location)."_s,
        u"DIR"_s);
    parser.addOption(helpOption);
    parser.addOption(dataDirOption);
    parser.setApplicationDescription(help.description);
    if (!parser.parse(QStringList{u"capataz-cli"_s} + args))
        return usageError(parser.errorText(), help.command, usageExit);
    if (parser.isSet(helpOption)) {
        QString text = parser.helpText();
        // Qt's first line names argv[0]; ours names the command.
        text = text.mid(text.indexOf(u'\n') + 1);
        print(u"Usage: capataz-cli "_s + help.command + u' ' + help.synopsis + u"\n\n"_s + text);
        return ExitOk;
    }
    if (parser.isSet(dataDirOption)) {
        const QString dir = parser.value(dataDirOption);
        if (dir.isEmpty())
            return usageError(u"--data-dir needs a directory"_s, help.command, usageExit);
        store::setDataDirectoryOverride(dir);
    }
    return std::nullopt;
}

Result<store::ServerStore*> CliContext::servers()
{
    if (m_store)
        return &*m_store;
    auto dir = store::ensureDataDirectory();
    if (!dir)
        return std::unexpected(dir.error());
    auto db = store::Database::open(*dir);
    if (!db)
        return std::unexpected(db.error());
    m_db.emplace(std::move(*db));
    m_store.emplace(*m_db);
    return &*m_store;
}

Result<store::AuditLog*> CliContext::auditLog()
{
    if (m_audit)
        return &*m_audit;
    if (auto s = servers(); !s)
        return std::unexpected(s.error());
    m_audit.emplace(*m_db);
    return &*m_audit;
}

Result<status::StatusSettingsStore*> CliContext::statusSettings()
{
    if (m_statusSettings)
        return &*m_statusSettings;
    if (auto s = servers(); !s)
        return std::unexpected(s.error());
    m_statusSettings.emplace(*m_db);
    return &*m_statusSettings;
}

secrets::SecretStore& CliContext::secrets()
{
    if (!m_secrets)
        m_secrets = std::make_unique<secrets::SecretStore>();
    return *m_secrets;
}

Result<QString> CliContext::readSecret(const QString& server, secrets::SecretStore::Kind kind)
{
    auto& store = secrets();
    return waitFor<Result<QString>>(
        [&](auto done) { store.read(secrets::SecretStore::key(server, kind), nullptr, std::move(done)); });
}

VoidResult CliContext::writeSecret(const QString& server, secrets::SecretStore::Kind kind,
                                   const QString& value)
{
    auto& store = secrets();
    return waitFor<VoidResult>([&](auto done) {
        store.write(secrets::SecretStore::key(server, kind), value, nullptr, std::move(done));
    });
}

VoidResult CliContext::removeSecret(const QString& server, secrets::SecretStore::Kind kind)
{
    auto& store = secrets();
    return waitFor<VoidResult>(
        [&](auto done) { store.remove(secrets::SecretStore::key(server, kind), nullptr, std::move(done)); });
}

Result<QString> CliContext::readStdinLine(const QString& prompt)
{
    const bool terminal = ::isatty(STDIN_FILENO) == 1;
    std::optional<EchoOff> echoOff;
    if (terminal) {
        printErr(prompt);
        echoOff.emplace();
    }
    QByteArray line;
    bool gotAny = false;
    for (;;) {
        char c = 0;
        const ssize_t n = ::read(STDIN_FILENO, &c, 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return fail(ErrorCode::LocalFileError,
                        u"cannot read stdin: "_s + QString::fromLocal8Bit(strerror(errno)));
        if (n == 0 || c == '\n') {
            gotAny = gotAny || n == 1;
            break;
        }
        gotAny = true;
        if (line.size() >= kMaxLine)
            return fail(ErrorCode::InvalidArgument, u"the line on stdin is longer than 64 KiB"_s);
        line += c;
    }
    if (terminal) {
        echoOff.reset();
        printErr(u"\n"_s);
    }
    if (!gotAny)
        return fail(ErrorCode::ParseError, u"stdin ended before a line was read"_s);
    if (line.endsWith('\r'))
        line.chop(1);
    QString text = QString::fromUtf8(line);
    line.fill('\0');
    return text;
}

} // namespace capataz::cli
