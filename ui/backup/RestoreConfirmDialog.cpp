#include "RestoreConfirmDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace capataz::ui {

RestoreConfirmDialog::RestoreConfirmDialog(const QString& backupName, const QString& word, QWidget* parent)
    : QDialog(parent)
    , m_word(word)
    , m_input(new QLineEdit(this))
{
    setObjectName(u"restoreConfirmDialog"_s);
    setWindowTitle(tr("Restore a backup"));
    auto* text =
        new QLabel(tr("Restoring %1 replaces the data of %2 with the backup's. Capataz makes a safety "
                      "backup first and puts it back if the restore fails.\n\nType %2 to confirm:")
                       .arg(backupName, word),
                   this);
    text->setWordWrap(true);
    text->setObjectName(u"restoreConfirmText"_s);
    m_input->setObjectName(u"restoreConfirmInput"_s);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(u"restoreConfirmOk"_s);
    m_ok->setEnabled(false);
    connect(m_input, &QLineEdit::textChanged, this,
            [this](const QString& t) { m_ok->setEnabled(t == m_word); });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (isConfirmed())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* box = new QVBoxLayout(this);
    box->addWidget(text);
    box->addWidget(m_input);
    box->addWidget(buttons);
}

bool RestoreConfirmDialog::isConfirmed() const
{
    return m_input->text() == m_word;
}

} // namespace capataz::ui
