#include "ConsoleTab.h"

#include "ConsoleOutput.h"
#include "ConsoleRun.h"
#include "ConsoleText.h"
#include "ConsoleTranscript.h"
#include "ErrorText.h"
#include "client/ServerSession.h"
#include "remote/Command.h"

#include <QCheckBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace capataz::ui {

ConsoleTab::ConsoleTab(QWidget* parent)
    : ServerTab(parent)
    , m_input(new QLineEdit(this))
    , m_run(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_asRoot(new QCheckBox(this))
    , m_clear(new QPushButton(this))
    , m_notConnected(new QLabel(this))
    , m_output(new ConsoleOutput(this))
    , m_exitCode(new QLabel(this))
    , m_duration(new QLabel(this))
    , m_ticker(new QTimer(this))
    , m_noServer(new ConsoleTranscript(this))
    , m_servers(this, [this](PerServer& s) { forget(s.transcript, s.run); })
{
    setObjectName(u"consoleTab"_s);
    m_input->setObjectName(u"consoleInput"_s);
    m_run->setObjectName(u"consoleRun"_s);
    m_cancel->setObjectName(u"consoleCancel"_s);
    m_asRoot->setObjectName(u"consoleAsRoot"_s);
    m_clear->setObjectName(u"consoleClear"_s);
    m_notConnected->setObjectName(u"consoleNotConnected"_s);
    m_exitCode->setObjectName(u"consoleExitCode"_s);
    m_duration->setObjectName(u"consoleDuration"_s);

    m_input->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_input->installEventFilter(this); // Up/Down: history
    m_notConnected->setWordWrap(true);
    QFont bold = m_exitCode->font();
    bold.setBold(true);
    m_exitCode->setFont(bold);
    m_ticker->setInterval(200);

    auto* commandRow = new QHBoxLayout;
    commandRow->addWidget(m_input, 1);
    commandRow->addWidget(m_asRoot);
    commandRow->addWidget(m_run);
    commandRow->addWidget(m_cancel);
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_exitCode);
    statusRow->addSpacing(16);
    statusRow->addWidget(m_duration);
    statusRow->addStretch(1);
    statusRow->addWidget(m_clear);
    auto* box = new QVBoxLayout(this);
    box->addLayout(commandRow);
    box->addWidget(m_notConnected);
    box->addWidget(m_output, 1);
    box->addLayout(statusRow);

    connect(m_input, &QLineEdit::returnPressed, this, &ConsoleTab::run);
    connect(m_input, &QLineEdit::textChanged, this, &ConsoleTab::refresh);
    connect(m_run, &QPushButton::clicked, this, &ConsoleTab::run);
    connect(m_cancel, &QPushButton::clicked, this, &ConsoleTab::cancel);
    connect(m_clear, &QPushButton::clicked, this, &ConsoleTab::clearOutput);
    connect(m_ticker, &QTimer::timeout, this, [this] {
        if (const ConsoleRun* r = currentRun(); r && r->isRunning())
            m_duration->setText(tr("Duration: %1").arg(ConsoleText::duration(r->elapsedMs())));
    });

    updateColors();
    m_output->setTranscript(m_noServer);
    retranslateUi();
    refresh();
}

ConsoleTab::~ConsoleTab() = default;

QString ConsoleTab::title() const
{
    return tr("Console");
}

bool ConsoleTab::isForRole(store::Role role) const
{
    // Any command can change the server: neither support staff nor owners get a shell.
    return role == store::Role::Admin;
}

QString ConsoleTab::serverName() const
{
    return session() ? session()->profile().name : QString();
}

bool ConsoleTab::isConnected() const
{
    return session() && session()->isConnected() && session()->connection();
}

ConsoleRun* ConsoleTab::currentRun() const
{
    return m_server ? m_servers.value(m_server).run.data() : nullptr;
}

ConsoleTranscript* ConsoleTab::transcriptFor(const client::ServerSession* server)
{
    if (!server)
        return m_noServer;
    ConsoleTranscript*& t = m_servers[server].transcript;
    if (!t) {
        t = new ConsoleTranscript(this);
        t->setColors(m_colors);
    }
    return t;
}

void ConsoleTab::forget(ConsoleTranscript* transcript, ConsoleRun* run)
{
    // The server was removed: its command stops (a run cancels when destroyed) and its output goes.
    delete run;
    if (m_output->transcript() == transcript)
        m_output->setTranscript(m_noServer);
    delete transcript;
    refresh();
}

void ConsoleTab::sessionChanged()
{
    client::ServerSession* shown = session();
    if (shown != m_server || m_history.server() != serverName()) {
        m_server = shown;
        m_history.setServer(serverName());
        m_output->setTranscript(transcriptFor(shown));
    }
    refresh();
}

void ConsoleTab::run()
{
    const QString line = m_input->text();
    if (line.trimmed().isEmpty() || !isConnected() || !isForRole(session()->profile().role))
        return;
    ConsoleRun* previous = currentRun();
    if (previous && previous->isRunning())
        return; // one command at a time per server

    // The line is one argument of sh -c: the server's shell interprets it, exactly as typed,
    // and Command quotes it as a whole.
    // It runs in the profile's project directory, where `docker compose ps` finds its files;
    // where that directory does not exist yet (before setup) it runs in the login's home.
    const QString dir = session()->profile().projectDir.trimmed();
    remote::Command command =
        dir.isEmpty() ? remote::Command({u"sh"_s, u"-c"_s, line})
                      : remote::Command({u"sh"_s, u"-c"_s, u"cd -- \"$1\" 2>/dev/null; exec sh -c \"$2\""_s,
                                         u"sh"_s, dir.startsWith(u'/') ? dir : u"./"_s + dir, line});
    if (m_asRoot->isEnabled() && m_asRoot->isChecked())
        command.asRoot(); // with sudo-password the password goes on stdin, never in argv
    auto* r = new ConsoleRun(transcriptFor(m_server), line, std::move(command), this);
    const client::ServerSession* server = m_server;
    connect(r, &ConsoleRun::finished, this, [this, server] {
        if (server == m_server.data())
            refresh();
    });
    if (previous)
        previous->deleteLater();
    m_servers[server].run = r;
    m_history.add(line);
    m_input->clear();
    m_output->followEnd();
    r->start(session()->connection(), serverName());
    refresh();
}

void ConsoleTab::cancel()
{
    if (ConsoleRun* r = currentRun())
        r->cancel();
}

void ConsoleTab::clearOutput()
{
    transcriptFor(m_server)->clear();
}

void ConsoleTab::refresh()
{
    const bool connected = isConnected();
    const ConsoleRun* r = currentRun();
    const bool running = r && r->isRunning();
    const bool canBeRoot = session() && session()->profile().sudo != remote::SudoMode::None;
    m_input->setEnabled(connected);
    m_run->setEnabled(connected && !running && !m_input->text().trimmed().isEmpty());
    m_cancel->setEnabled(running);
    m_asRoot->setEnabled(canBeRoot);
    if (!canBeRoot)
        m_asRoot->setChecked(false);
    m_notConnected->setVisible(!connected);
    if (running)
        m_ticker->start();
    else
        m_ticker->stop();
    refreshStatus();
}

void ConsoleTab::refreshStatus()
{
    const ConsoleRun* r = currentRun();
    QPalette labelPalette; // nothing set: inherits the tab's
    if (!r) {
        m_exitCode->clear();
        m_exitCode->setToolTip({});
        m_duration->clear();
    } else if (!r->result()) { // running, or about to start (no result yet either way)
        m_exitCode->setText(ConsoleText::running());
        m_exitCode->setToolTip({});
        m_duration->setText(tr("Duration: %1").arg(ConsoleText::duration(r->elapsedMs())));
    } else {
        const exec::StreamResult& result = *r->result();
        m_exitCode->setText(ConsoleText::status(result));
        // A non-zero exit is in the label already; why a command did not run to its end is not.
        m_exitCode->setToolTip(result.ranToEnd() ? QString() : ErrorText::sentence(result.error));
        if (result.ok())
            labelPalette.setColor(QPalette::WindowText, m_colors.success());
        else if (result.error.code != ErrorCode::Cancelled)
            labelPalette.setColor(QPalette::WindowText, m_colors.error());
        m_duration->setText(tr("Duration: %1").arg(ConsoleText::duration(result.end.durationMs)));
    }
    m_exitCode->setPalette(labelPalette);
}

void ConsoleTab::updateColors()
{
    m_colors = ConsoleColors(palette());
    m_noServer->setColors(m_colors);
    m_servers.forEach([this](PerServer& s) {
        if (s.transcript)
            s.transcript->setColors(m_colors);
    });
    refreshStatus();
}

void ConsoleTab::retranslateUi()
{
    m_input->setPlaceholderText(tr("Command to run on the server, e.g. docker compose ps"));
    m_input->setAccessibleName(tr("Command"));
    m_input->setToolTip(
        tr("A shell command line, run with sh -c on the server. Up and Down recall earlier commands."));
    m_run->setText(tr("Run"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop the running command on the server"));
    m_asRoot->setText(tr("Run as root"));
    m_asRoot->setToolTip(tr("Run the command with administrator rights, the way this server's settings say "
                            "(root login or sudo)."));
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Clear the output shown for this server"));
    m_notConnected->setText(tr("Connect to this server to run commands."));
    m_output->setPlaceholderText(tr("The output of the commands you run appears here."));
    m_output->setAccessibleName(tr("Command output"));
    refreshStatus();
}

void ConsoleTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        updateColors();
    ServerTab::changeEvent(event);
}

bool ConsoleTab::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
        if (mods == Qt::NoModifier && (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
            const std::optional<QString> text =
                key->key() == Qt::Key_Up ? m_history.older(m_input->text()) : m_history.newer();
            if (text)
                m_input->setText(*text);
            return true;
        }
    }
    return ServerTab::eventFilter(watched, event);
}

} // namespace capataz::ui
