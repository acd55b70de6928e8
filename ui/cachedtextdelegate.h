#pragma once

#include <QCache>
#include <QFont>
#include <QList>
#include <QStaticText>
#include <QStyledItemDelegate>

class QStyle;

namespace Gatehouse::Ui {

/// An item delegate for views that repaint often with mostly unchanged texts (the
/// Rollouts area while a rollout streams in): a cell's text is laid out once — elided
/// to the cell's width, shaped, positioned — and kept as a QStaticText keyed by text,
/// width, font and elide mode, so a repaint only draws the cached glyphs. Background,
/// selection and focus come from the style as with QStyledItemDelegate (a plain cell —
/// not selected, without focus or background brush — has none to draw, so the style is
/// not asked); a cell with an icon, a check box or several lines is painted by
/// QStyledItemDelegate itself. Left-to-right layouts only. UI thread only.
class CachedTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit CachedTextDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// Laid-out texts held (for tests).
    int cachedTexts() const { return int(m_texts.count()); }

protected:
    /// Paints `option` (initialised by initStyleOption(), its text and palette as the cell
    /// should show them) as paint() does: the style's background, the cached text.
    void paintText(QPainter *painter, QStyleOptionViewItem &option) const;

private:
    struct Key
    {
        int font = 0;
        int width = 0;
        int elide = 0;
        QString text;
        bool operator==(const Key &other) const
        {
            return font == other.font && width == other.width && elide == other.elide && text == other.text;
        }
    };
    friend size_t qHash(const Key &key, size_t seed) noexcept
    {
        return qHashMulti(seed, key.font, key.width, key.elide, key.text);
    }

    int fontId(const QFont &font) const;
    bool styleDrawsPlainCellsBlank(const QStyle *style) const;

    mutable QCache<Key, QStaticText> m_texts;
    mutable QList<QFont> m_fonts; ///< index = the font's id in a Key
    mutable int m_lastFont = -1;
    mutable const QStyle *m_checkedStyle = nullptr;
    mutable bool m_plainCellsBlank = false;
};

} // namespace Gatehouse::Ui
