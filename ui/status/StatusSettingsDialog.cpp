#include "StatusSettingsDialog.h"

#include "ErrorText.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace capataz::ui {

StatusSettingsDialog::StatusSettingsDialog(const status::StatusSettings& s, QWidget* parent)
    : QDialog(parent)
    , m_description(new QLineEdit(this))
    , m_contactName(new QLineEdit(this))
    , m_contactPhone(new QLineEdit(this))
    , m_contactEmail(new QLineEdit(this))
    , m_maintenance(new QCheckBox(this))
    , m_maintenanceNote(new QPlainTextEdit(this))
    , m_maintenanceUntil(new QDateTimeEdit(this))
    , m_showAddresses(new QCheckBox(this))
    , m_error(new QLabel(this))
{
    setObjectName(u"statusSettingsDialog"_s);
    setWindowTitle(tr("Status page settings"));
    m_description->setObjectName(u"statusSettingsDescription"_s);
    m_contactName->setObjectName(u"statusSettingsContactName"_s);
    m_contactPhone->setObjectName(u"statusSettingsContactPhone"_s);
    m_contactEmail->setObjectName(u"statusSettingsContactEmail"_s);
    m_maintenance->setObjectName(u"statusSettingsMaintenance"_s);
    m_maintenanceNote->setObjectName(u"statusSettingsMaintenanceNote"_s);
    m_maintenanceUntil->setObjectName(u"statusSettingsMaintenanceUntil"_s);
    m_showAddresses->setObjectName(u"statusSettingsShowAddresses"_s);
    m_error->setObjectName(u"statusSettingsError"_s);

    m_description->setPlaceholderText(tr("What the system is for, e.g. \"Cattle weighing system\""));
    m_description->setMaxLength(status::kMaxStatusTextLength);
    m_contactName->setMaxLength(status::kMaxStatusTextLength);
    m_contactPhone->setMaxLength(status::kMaxStatusTextLength);
    m_contactEmail->setMaxLength(status::kMaxStatusTextLength);
    m_maintenanceNote->setPlaceholderText(
        tr("What the owner reads meanwhile, e.g. \"Changing the disk; back by 18:00\""));
    m_maintenanceNote->setMaximumHeight(80);
    m_maintenanceNote->setTabChangesFocus(true);
    m_maintenanceUntil->setCalendarPopup(true);
    m_maintenanceUntil->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #c62828;"_s);
    m_error->hide();

    m_maintenance->setText(tr("&Maintenance under way (replaces the alarms)"));
    m_showAddresses->setText(tr("Show the server's host name or &address to owners"));

    m_description->setText(s.description);
    m_contactName->setText(s.contactName);
    m_contactPhone->setText(s.contactPhone);
    m_contactEmail->setText(s.contactEmail);
    const bool maintenance = !s.maintenanceNote.trimmed().isEmpty() || s.maintenanceUntil.isValid();
    m_maintenance->setChecked(maintenance);
    m_maintenanceNote->setPlainText(s.maintenanceNote);
    m_maintenanceUntil->setDateTime(s.maintenanceUntil.isValid()
                                        ? s.maintenanceUntil.toLocalTime()
                                        : QDateTime::currentDateTime().addSecs(2 * 3600));
    m_showAddresses->setChecked(s.showAddresses);

    auto* form = new QFormLayout;
    auto row = [this, form](const QString& text, QWidget* field) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    row(tr("&Description:"), m_description);
    row(tr("Contact &name:"), m_contactName);
    row(tr("&Phone:"), m_contactPhone);
    row(tr("&E-mail:"), m_contactEmail);
    form->addRow(m_maintenance);
    row(tr("Maintenance n&ote:"), m_maintenanceNote);
    row(tr("Maintenance &until:"), m_maintenanceUntil);
    form->addRow(m_showAddresses);

    auto update = [this] {
        m_maintenanceNote->setEnabled(m_maintenance->isChecked());
        m_maintenanceUntil->setEnabled(m_maintenance->isChecked());
    };
    connect(m_maintenance, &QCheckBox::toggled, this, update);
    update();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(u"statusSettingsButtons"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("What the owner's status page says about this server. Nothing here is "
                                "sent to the server."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

status::StatusSettings StatusSettingsDialog::settings() const
{
    status::StatusSettings s;
    s.description = m_description->text().trimmed();
    s.contactName = m_contactName->text().trimmed();
    s.contactPhone = m_contactPhone->text().trimmed();
    s.contactEmail = m_contactEmail->text().trimmed();
    if (m_maintenance->isChecked()) {
        s.maintenanceNote = m_maintenanceNote->toPlainText().trimmed();
        s.maintenanceUntil = m_maintenanceUntil->dateTime().toUTC();
    }
    s.showAddresses = m_showAddresses->isChecked();
    return s;
}

void StatusSettingsDialog::accept()
{
    const status::StatusSettings s = settings();
    if (m_maintenance->isChecked() && s.maintenanceNote.isEmpty()) {
        m_error->setText(tr("Write a maintenance note for the owner, or untick maintenance."));
        m_error->show();
        m_maintenanceNote->setFocus();
        return;
    }
    if (auto v = s.validate(); !v) {
        m_error->setText(ErrorText::sentence(v.error()) + u'\n' + v.error().plainDetail());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace capataz::ui
