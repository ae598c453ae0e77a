#include "EnvTableModel.h"

#include "plan/SecretMask.h"
#include "stack/EnvCheck.h"
#include "stack/SecretGenerator.h"

#include <QColor>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace capataz::ui {

EnvTableModel::EnvTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void EnvTableModel::setDocument(const stack::DotenvDocument& document, const stack::Recipe& recipe)
{
    beginResetModel();
    m_doc = document;
    m_recipe = recipe;
    m_keys = m_doc.keys();
    for (const stack::RecipeEnvVar& v : std::as_const(recipe.env)) {
        if (!m_keys.contains(v.name))
            m_keys.append(v.name);
    }
    m_revealed.clear();
    m_edited = false;
    endResetModel();
}

const stack::RecipeEnvVar* EnvTableModel::recipeVar(int row) const
{
    return m_recipe.envVar(key(row));
}

bool EnvTableModel::isSecret(int row) const
{
    if (const stack::RecipeEnvVar* v = recipeVar(row); v && v->secret)
        return true;
    return stack::EnvCheck::isSecretKey(key(row));
}

QString EnvTableModel::generator(int row) const
{
    const stack::RecipeEnvVar* v = recipeVar(row);
    return v ? v->generate : QString();
}

void EnvTableModel::setRevealed(int row, bool revealed)
{
    if (row < 0 || row >= m_keys.size())
        return;
    if (revealed)
        m_revealed.insert(key(row));
    else
        m_revealed.remove(key(row));
    emit dataChanged(index(row, ValueColumn), index(row, RevealColumn));
}

bool EnvTableModel::setValue(int row, const QString& value)
{
    if (row < 0 || row >= m_keys.size())
        return false;
    if (m_doc.value(key(row)) == value)
        return true;
    if (!m_doc.set(key(row), value))
        return false;
    m_edited = true;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit documentEdited();
    return true;
}

bool EnvTableModel::generate(int row)
{
    auto spec = stack::SecretGenerator::parseSpec(generator(row));
    if (!spec)
        return false;
    return setValue(row, stack::SecretGenerator::generate(*spec));
}

QStringList EnvTableModel::secretValues() const
{
    QStringList out;
    for (int row = 0; row < m_keys.size(); ++row) {
        if (isSecret(row)) {
            if (auto v = m_doc.value(key(row)); v && !v->isEmpty())
                out.append(*v);
        }
    }
    return out;
}

int EnvTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

int EnvTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EnvTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_keys.size())
        return {};
    const int row = index.row();
    const QString k = key(row);
    const std::optional<QString> value = m_doc.value(k);
    const bool secret = isSecret(row);
    if (role == SecretRole)
        return secret;
    if (role == GeneratorRole)
        return generator(row);
    switch (index.column()) {
    case KeyColumn:
        if (role == Qt::DisplayRole)
            return k;
        break;
    case ValueColumn:
        if (role == Qt::DisplayRole) {
            if (!value)
                return m_doc.contains(k) ? tr("(from the environment)") : tr("(not set)");
            if (secret && !isRevealed(row) && !value->isEmpty())
                return plan::SecretMask::mask();
            return *value;
        }
        if (role == Qt::EditRole) // editing a hidden secret starts empty: typing replaces it
            return secret && !isRevealed(row) ? QString() : value.value_or(QString());
        if (role == Qt::ForegroundRole && !value)
            return QColor(0x80, 0x80, 0x80);
        break;
    case RevealColumn:
        if (role == Qt::CheckStateRole && secret)
            return isRevealed(row) ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole && secret)
            return tr("Show this value");
        break;
    case DescriptionColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
            const stack::RecipeEnvVar* v = recipeVar(row);
            QString text = v ? v->description.forLanguage(QLocale().name()) : QString();
            if (v && v->required)
                text = text.isEmpty() ? tr("Required") : tr("Required. %1").arg(text);
            return text;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant EnvTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn:
        return tr("Variable");
    case ValueColumn:
        return tr("Value");
    case RevealColumn:
        return tr("Show");
    case GenerateColumn:
        return QString();
    case DescriptionColumn:
        return tr("Description");
    default:
        return {};
    }
}

Qt::ItemFlags EnvTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == ValueColumn)
        f |= Qt::ItemIsEditable;
    if (index.column() == RevealColumn && isSecret(index.row()))
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool EnvTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid())
        return false;
    if (index.column() == RevealColumn && role == Qt::CheckStateRole) {
        setRevealed(index.row(), value.toInt() == Qt::Checked);
        return true;
    }
    if (index.column() == ValueColumn && role == Qt::EditRole) {
        // A hidden secret's editor starts empty: leaving it empty keeps the value.
        if (value.toString().isEmpty() && isSecret(index.row()) && !isRevealed(index.row()))
            return false;
        return setValue(index.row(), value.toString());
    }
    return false;
}

void EnvTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_keys.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_keys.size()) - 1, ColumnCount - 1));
}

} // namespace capataz::ui
