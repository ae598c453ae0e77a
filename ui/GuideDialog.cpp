#include "GuideDialog.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QPushButton>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace capataz::ui {

GuideDialog::GuideDialog(QWidget* parent)
    : QDialog(parent)
    , m_text(new QTextBrowser(this))
    , m_manual(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    setObjectName(u"guideDialog"_s);
    m_text->setObjectName(u"guideText"_s);
    m_text->setOpenLinks(false);
    m_manual->setObjectName(u"guideManual"_s);
    m_manual->setVisible(!manualPath().isEmpty());
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_manual, QDialogButtonBox::HelpRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_manual, &QPushButton::clicked, this,
            [] { QDesktopServices::openUrl(QUrl::fromLocalFile(manualPath())); });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    resize(720, 600); // fits a 1366x768 screen with room to spare
    retranslateUi();
}

QString GuideDialog::manualPath()
{
    const QStringList candidates{
        QCoreApplication::applicationDirPath() + u"/../share/doc/capataz/README.md"_s,
#ifdef CAPATAZ_SOURCE_DIR
        QStringLiteral(CAPATAZ_SOURCE_DIR "/README.md"),
#endif
    };
    for (const QString& c : candidates) {
        if (QFileInfo(c).isFile())
            return QFileInfo(c).canonicalFilePath();
    }
    return {};
}

void GuideDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void GuideDialog::retranslateUi()
{
    setWindowTitle(tr("Capataz guide"));
    m_manual->setText(tr("Open the full &manual"));
    m_manual->setToolTip(tr("README.md, with every command, answers-file key and test"));
    m_close->setText(tr("&Close"));
    const auto section = [](const QString& title, const QString& body) {
        return u"<h3>%1</h3><p>%2</p>"_s.arg(title.toHtmlEscaped(), body.toHtmlEscaped());
    };
    QString html;
    html +=
        section(tr("The server list"),
                tr("Every server you look after, with how Capataz logs in to it (SSH, nothing is installed "
                   "on the server) and the role this computer gives it. Add one with Server > Add, or "
                   "import them from your ~/.ssh/config. Use Test connection in the server dialog to "
                   "check the login before saving."));
    html += section(tr("Overview"),
                    tr("What the server is and how it is doing: system, disk, memory, Docker, the firewall "
                       "and the services of the project. Nothing on it changes the server."));
    html +=
        section(tr("Setup"),
                tr("A wizard that sets up a web service step by step: server check, firewall, nginx with "
                   "a Let's Encrypt certificate, the .env file with generated secrets, docker compose, and "
                   "a final verification. Each page has Preview, which shows exactly what would run and "
                   "every file change (secrets hidden) without changing anything, and Apply, which asks "
                   "first. A step that fails is rolled back; every file written keeps its previous "
                   "version."));
    html += section(tr("The dead-man switch"),
                    tr("When a firewall change could cut your own SSH access, the server first schedules its "
                       "own undo, a minute or so later. Capataz then opens a new SSH login: if it works, the "
                       "undo is cancelled; if it does not, the server puts the previous firewall back by "
                       "itself and you can log in again."));
    html +=
        section(tr("Console"),
                tr("Runs one command at a time on the server, in the project's folder, and shows its output "
                   "as it comes, with colours. It keeps the newest 200,000 lines and says when older ones "
                   "were dropped. Commands that look like they carry a secret are not saved in the "
                   "history."));
    html += section(tr("Roles"),
                    tr("Administrator: everything. Support: logs and status, no changes and no console. "
                       "Owner: the status page only. Roles only choose what this computer shows; the server "
                       "does not enforce them yet, so the login account's own permissions are what really "
                       "protect the server."));
    html +=
        section(tr("Where your data is kept"),
                tr("The server list, known host keys, command history and the audit log of every change "
                   "are kept on this computer, in the data folder shown in File > Settings. Passwords and "
                   "passphrases go to the system keychain; where there is none, they are kept in memory "
                   "only until Capataz closes."));
    m_text->setHtml(html);
}

} // namespace capataz::ui
