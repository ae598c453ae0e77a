#pragma once

#include "ssh/ConnectionState.h"

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;

namespace capataz::ui {

// Progress while a connection is being made, with Cancel. Never blocks: it is opened with
// open() and closes itself when the session connects or fails.
class ConnectDialog final : public QDialog {
    Q_OBJECT
public:
    ConnectDialog(const QString& serverName, const QString& target, QWidget* parent = nullptr);
    void setState(ssh::ConnectionState state);

signals:
    void cancelRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    QString m_server;
    QString m_target;
    ssh::ConnectionState m_state = ssh::ConnectionState::Connecting;
    QLabel* m_text;
    QLabel* m_step;
    QProgressBar* m_bar;
    QPushButton* m_cancel;
};

} // namespace capataz::ui
