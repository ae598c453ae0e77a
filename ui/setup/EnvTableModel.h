#pragma once

#include "stack/DotenvDocument.h"
#include "stack/Recipe.h"

#include <QAbstractTableModel>
#include <QSet>

namespace capataz::ui {

// The .env as a table the user edits: one row per variable (the file's, then the recipe's
// that the file lacks), columns Variable, Value, Shown, (Generate button), Description. Values of secrets
// read "••••••" unless the row's "Shown" box is ticked; editing a value edits the document in place
// (DotenvDocument keeps comments, order, quoting and `export`).
class EnvTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { KeyColumn, ValueColumn, RevealColumn, GenerateColumn, DescriptionColumn, ColumnCount };
    enum Roles { SecretRole = Qt::UserRole + 1, GeneratorRole };

    explicit EnvTableModel(QObject* parent = nullptr);

    // A new document (from the server): clears the edits and the revealed rows.
    void setDocument(const stack::DotenvDocument& document, const stack::Recipe& recipe);
    [[nodiscard]] const stack::DotenvDocument& document() const { return m_doc; }
    [[nodiscard]] bool isEdited() const { return m_edited; }

    [[nodiscard]] QString key(int row) const { return m_keys.value(row); }
    [[nodiscard]] int rowOf(const QString& key) const { return int(m_keys.indexOf(key)); }
    [[nodiscard]] bool isSecret(int row) const;
    [[nodiscard]] QString generator(int row) const; // the recipe's generator; empty: none
    [[nodiscard]] bool isRevealed(int row) const { return m_revealed.contains(key(row)); }
    void setRevealed(int row, bool revealed);
    // Sets a row's value (a user edit or a generated secret). False when the document refuses it.
    bool setValue(int row, const QString& value);
    // Draws a new value with the row's generator (the operating system's CSPRNG).
    bool generate(int row);
    // Every secret value in the document, for masking.
    [[nodiscard]] QStringList secretValues() const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    void retranslate();

signals:
    void documentEdited();

private:
    [[nodiscard]] const stack::RecipeEnvVar* recipeVar(int row) const;

    stack::DotenvDocument m_doc;
    stack::Recipe m_recipe;
    QStringList m_keys;
    QSet<QString> m_revealed;
    bool m_edited = false;
};

} // namespace capataz::ui
