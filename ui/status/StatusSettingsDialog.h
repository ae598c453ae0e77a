#pragma once

#include "status/StatusSettings.h"

#include <QDialog>

class QCheckBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace capataz::ui {

// The admin's settings of a server's status page: a plain description, whom owners should call,
// a maintenance note with its end (it replaces the alarms until then), and whether owners may
// see the server's host name or address. Validates on OK (StatusSettings::validate) and says
// what to fix beside the buttons.
class StatusSettingsDialog final : public QDialog {
    Q_OBJECT
public:
    explicit StatusSettingsDialog(const status::StatusSettings& settings, QWidget* parent = nullptr);
    [[nodiscard]] status::StatusSettings settings() const;

    void accept() override;

private:
    QLineEdit* m_description;
    QLineEdit* m_contactName;
    QLineEdit* m_contactPhone;
    QLineEdit* m_contactEmail;
    QCheckBox* m_maintenance;
    QPlainTextEdit* m_maintenanceNote;
    QDateTimeEdit* m_maintenanceUntil;
    QCheckBox* m_showAddresses;
    QLabel* m_error;
};

} // namespace capataz::ui
