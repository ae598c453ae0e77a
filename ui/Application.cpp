#include "Application.h"

#include "AppSettings.h"
#include "ErrorText.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "client/ServerRegistry.h"
#include "secrets/SecretStore.h"
#include "store/DataDir.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>
#include <cstring>

namespace capataz::ui {

namespace {

// Quits right after the main window's first paint: how tests/bench measures start-up time.
class FirstPaintProbe final : public QObject {
public:
    using QObject::QObject;
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};

} // namespace

int runApplication(int argc, char* argv[])
{
    // --version answers without a display or any start-up work.
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            std::printf("capataz %s\n", CAPATAZ_VERSION);
            return 0;
        }
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Capataz"));
    QApplication::setApplicationName(QStringLiteral("capataz"));
    QApplication::setApplicationDisplayName(QStringLiteral("Capataz"));
    QApplication::setApplicationVersion(QStringLiteral(CAPATAZ_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.capataz.Capataz"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Capataz: set up, watch and back up Docker Compose services over SSH"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QStringLiteral("Keep servers and settings in DIR."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("Language for this run: es or en."),
                                  QStringLiteral("LANG"));
    parser.addOption(dataDir);
    parser.addOption(lang);
    parser.process(app);
    if (parser.isSet(dataDir))
        store::setDataDirectoryOverride(parser.value(dataDir));

    LanguageManager::instance().setLanguage(parser.isSet(lang) ? parser.value(lang) : AppSettings::language());

    auto dir = store::ensureDataDirectory();
    client::ServerRegistry registry;
    VoidResult opened = dir ? registry.open(*dir) : VoidResult(std::unexpected(dir.error()));
    if (!opened) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("capataz::ui::MainWindow", "Capataz"),
                              ErrorText::sentence(opened.error()) + u"\n\n" + opened.error().detail);
        return 1;
    }
    secrets::SecretStore secretStore;
    MainWindow window(registry, secretStore);
    FirstPaintProbe probe;
    if (qEnvironmentVariableIsSet("CAPATAZ_EXIT_AFTER_FIRST_PAINT"))
        window.installEventFilter(&probe);
    window.show();
    return app.exec();
}

} // namespace capataz::ui
