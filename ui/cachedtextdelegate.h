#pragma once

#include <QCache>
#include <QStaticText>
#include <QStyledItemDelegate>

namespace Gatehouse::Ui {

/// An item delegate for views that repaint often with mostly unchanged texts (the
/// Rollouts area while a rollout streams in): a cell's text is laid out once — elided
/// to the cell's width, shaped, positioned — and kept as a QStaticText keyed by text,
/// width, font and elide mode, so a repaint only draws the cached glyphs. Background,
/// selection and focus come from the style as with QStyledItemDelegate; a cell with an
/// icon, a check box or several lines is painted by QStyledItemDelegate itself.
/// Left-to-right layouts only. UI thread only.
class CachedTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit CachedTextDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// Laid-out texts held (for tests).
    int cachedTexts() const { return int(m_texts.count()); }

private:
    mutable QCache<QString, QStaticText> m_texts;
};

} // namespace Gatehouse::Ui
