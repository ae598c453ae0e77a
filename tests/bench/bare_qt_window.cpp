// The baseline for bench_startup: a bare Qt Widgets window built with the same Qt, which
// quits right after its first paint (or prints its version), like capataz does under
// CAPATAZ_EXIT_AFTER_FIRST_PAINT.
#include <QApplication>
#include <QLabel>
#include <QTimer>

#include <cstdio>
#include <cstring>

namespace {
class Window final : public QLabel {
public:
    using QLabel::QLabel;

protected:
    void paintEvent(QPaintEvent* e) override
    {
        QLabel::paintEvent(e);
        if (!m_done) {
            m_done = true;
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
    }

private:
    bool m_done = false;
};
} // namespace

int main(int argc, char* argv[])
{
    if (argc > 1 && std::strcmp(argv[1], "--version") == 0) {
        std::printf("bare 1.0\n");
        return 0;
    }
    QApplication app(argc, argv);
    Window w(QStringLiteral("bare"));
    w.resize(1200, 760);
    w.show();
    return app.exec();
}
