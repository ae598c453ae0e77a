#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace capataz::ui {

// Shown when no server is selected (and on first start): add a server, import from
// ~/.ssh/config, or use the local sandbox server the README's run command started.
class WelcomePage final : public QWidget {
    Q_OBJECT
public:
    explicit WelcomePage(QWidget* parent = nullptr);
    void setSandboxAvailable(bool available);

signals:
    void addRequested();
    void importRequested();
    void sandboxRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    QLabel* m_title;
    QLabel* m_text;
    QPushButton* m_add;
    QPushButton* m_import;
    QPushButton* m_sandbox;
    QLabel* m_sandboxText;
};

} // namespace capataz::ui
