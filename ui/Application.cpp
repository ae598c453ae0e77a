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
#include <QElapsedTimer>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>
#include <cstring>
#include <functional>
#include <utility>

namespace capataz::ui {

namespace {

// Runs `then` once, right after the main window's first paint. tests/bench measures start-up
// to that moment (CAPATAZ_EXIT_AFTER_FIRST_PAINT quits there).
class FirstPaintProbe final : public QObject {
public:
    explicit FirstPaintProbe(std::function<void()> then)
        : m_then(std::move(then))
    {}
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && m_then) {
            QTimer::singleShot(0, qApp, std::exchange(m_then, {}));
            watched->removeEventFilter(this);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_then;
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
    QElapsedTimer trace;
    trace.start();
    const bool tracing = qEnvironmentVariableIsSet("CAPATAZ_STARTUP_TRACE");
    auto mark = [&](const char* what) {
        if (tracing)
            std::fprintf(stderr, "startup %6.1f ms %s\n", double(trace.nsecsElapsed()) / 1e6, what);
    };
    QApplication app(argc, argv);
    mark("QApplication");
    QApplication::setOrganizationName(QStringLiteral("Capataz"));
    QApplication::setApplicationName(QStringLiteral("capataz"));
    QApplication::setApplicationDisplayName(QStringLiteral("Capataz"));
    QApplication::setApplicationVersion(QStringLiteral(CAPATAZ_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.capataz.Capataz"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Capataz: set up, watch and back up Docker Compose services over SSH"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QStringLiteral("Keep servers and settings in DIR."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("Language for this run: es or en."),
                                  QStringLiteral("LANG"));
    parser.addOption(dataDir);
    parser.addOption(lang);
    parser.process(app);
    if (parser.isSet(dataDir))
        store::setDataDirectoryOverride(parser.value(dataDir));

    LanguageManager::instance().setLanguage(parser.isSet(lang) ? parser.value(lang)
                                                               : AppSettings::language());

    mark("translations");
    client::ServerRegistry registry;
    secrets::SecretStore secretStore;
    MainWindow window(registry, secretStore);
    mark("main window");
    // The servers are read from SQLite right after the window's first paint: it shows at
    // once and fills its list a moment later.
    const bool exitAfterPaint = qEnvironmentVariableIsSet("CAPATAZ_EXIT_AFTER_FIRST_PAINT");
    FirstPaintProbe probe([&registry, exitAfterPaint, &mark] {
        mark("first paint");
        if (exitAfterPaint) {
            QCoreApplication::quit();
            return;
        }
        auto dir = store::ensureDataDirectory();
        VoidResult opened = dir ? registry.open(*dir) : VoidResult(std::unexpected(dir.error()));
        mark("servers loaded");
        if (!opened) {
            QMessageBox::critical(nullptr, QCoreApplication::translate("capataz::ui::MainWindow", "Capataz"),
                                  ErrorText::sentence(opened.error()) + u"\n\n" + opened.error().detail);
            QCoreApplication::exit(1);
        }
    });
    window.installEventFilter(&probe);
    window.show();
    return app.exec();
}

} // namespace capataz::ui
