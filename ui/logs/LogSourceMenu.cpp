#include "LogSourceMenu.h"

#include "ErrorText.h"

#include <QInputDialog>
#include <QLineEdit>

using namespace Qt::Literals::StringLiterals;

namespace capataz::ui {

LogSourceMenu::LogSourceMenu(QWidget* parent)
    : QMenu(parent)
{
    connect(this, &QMenu::aboutToShow, this, [this] {
        if (m_service && !m_service->offer() && !m_service->isDiscovering())
            m_service->discover();
        rebuild();
    });
}

void LogSourceMenu::setService(client::LogService* service)
{
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
    m_service = service;
    if (m_service)
        connect(m_service, &client::LogService::offerChanged, this, &LogSourceMenu::rebuild);
    rebuild();
}

QString LogSourceMenu::shortName(const QString& path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    return slash >= 0 ? path.mid(slash + 1) : path;
}

QString LogSourceMenu::summary(const client::LogService::Selection& s)
{
    QStringList parts;
    if (s.compose)
        parts << (s.services.isEmpty() ? tr("all services") : s.services.join(u", "_s));
    for (const QString& f : s.files)
        parts << shortName(f);
    parts << s.units;
    if (parts.isEmpty())
        return tr("Choose what to follow");
    if (parts.size() > 3)
        return tr("%n sources", "", int(parts.size()));
    return parts.join(u", "_s);
}

void LogSourceMenu::rebuild()
{
    clear();
    client::LogService* s = m_service;
    if (!s) {
        addAction(tr("Select a server first"))->setEnabled(false);
        return;
    }
    const client::LogService::Selection current = s->selection();
    auto toggle = [this](auto change) {
        return [this, change] {
            if (!m_service)
                return;
            client::LogService::Selection sel = m_service->selection();
            change(sel);
            emit selectionChosen(sel);
        };
    };
    addSection(tr("Compose services"));
    QAction* all = addAction(tr("All services"));
    all->setCheckable(true);
    all->setChecked(current.compose && current.services.isEmpty());
    connect(all, &QAction::triggered, this, toggle([](client::LogService::Selection& sel) {
                const bool on = !(sel.compose && sel.services.isEmpty());
                sel.compose = on;
                sel.services.clear();
            }));
    const auto& offer = s->offer();
    if (s->isDiscovering())
        addAction(tr("Looking at what the server has…"))->setEnabled(false);
    else if (offer && !offer->has_value())
        addAction(tr("Could not list the server's logs: %1").arg(ErrorText::sentence(offer->error())))
            ->setEnabled(false);
    const QStringList services = offer && offer->has_value() ? offer->value().services : QStringList{};
    for (const QString& name : services) {
        QAction* a = addAction(name);
        a->setCheckable(true);
        a->setChecked(current.compose && current.services.contains(name));
        connect(a, &QAction::triggered, this, toggle([name](client::LogService::Selection& sel) {
                    if (sel.compose && sel.services.contains(name)) {
                        sel.services.removeAll(name);
                        sel.compose = !sel.services.isEmpty();
                    } else {
                        if (!sel.compose)
                            sel.services.clear();
                        sel.compose = true;
                        sel.services << name;
                    }
                }));
    }
    addSection(tr("Files on the server"));
    QStringList files = offer && offer->has_value() ? offer->value().files : QStringList{};
    for (const QString& f : m_otherFiles + current.files)
        if (!files.contains(f))
            files << f;
    for (const QString& f : files) {
        QAction* a = addAction(f);
        a->setCheckable(true);
        a->setChecked(current.files.contains(f));
        connect(a, &QAction::triggered, this, toggle([f](client::LogService::Selection& sel) {
                    if (!sel.files.removeAll(f))
                        sel.files << f;
                }));
    }
    addAction(tr("Another file…"), this, &LogSourceMenu::addOtherFile);
    const QStringList units = offer && offer->has_value() ? offer->value().units : QStringList{};
    if (!units.isEmpty()) {
        addSection(tr("System journal (journald)"));
        for (const QString& u : units) {
            QAction* a = addAction(u);
            a->setCheckable(true);
            a->setChecked(current.units.contains(u));
            connect(a, &QAction::triggered, this, toggle([u](client::LogService::Selection& sel) {
                        if (!sel.units.removeAll(u))
                            sel.units << u;
                    }));
        }
    }
}

void LogSourceMenu::addOtherFile()
{
    bool ok = false;
    const QString path =
        QInputDialog::getText(parentWidget(), tr("Follow a file"),
                              tr("Full path of a log file on the server (for example /var/log/syslog):"),
                              QLineEdit::Normal, QString(), &ok)
            .trimmed();
    if (!ok || path.isEmpty())
        return;
    if (!path.startsWith(u'/') || path.contains(u'\n') || path.contains(QChar(0))) {
        emit problem(tr("“%1” is not a full path on the server. Type one that starts with /, such as "
                        "/var/log/nginx/error.log.")
                         .arg(path));
        return;
    }
    if (!m_otherFiles.contains(path))
        m_otherFiles << path;
    client::LogService::Selection sel = m_service ? m_service->selection() : client::LogService::Selection{};
    if (!sel.files.contains(path))
        sel.files << path;
    emit selectionChosen(sel);
}

} // namespace capataz::ui
