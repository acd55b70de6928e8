#pragma once

#include "environmentsoverviewmodel.h"

#include <QHash>
#include <QPixmap>
#include <QStaticText>
#include <QStyledItemDelegate>

namespace Gatehouse::Ui {

/// Paints a row of EnvironmentsOverviewModel as a card: the environment's name and worst
/// status on top, then one line per aspect with a status glyph (its shape differs by
/// level, so colour is never the only cue), the status in words and the summary. A
/// source that is stale or unreachable says so on its line.
///
/// A poll can change every card at once, so painting one is kept cheap: glyphs come from
/// a pixmap cache and texts (elided to their width) are laid out once as QStaticText and
/// kept while they stay the same. UI thread only.
class EnvironmentsCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit EnvironmentsCardDelegate(QObject *parent = nullptr);

    /// Text scale (1 = the widget's font); the wall board uses larger type.
    void setScale(double scale) { m_scale = scale; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    /// A status glyph in `rect`: a check in a circle (healthy), "!" in a triangle (warning),
    /// "×" in a diamond (critical), "?" in a hollow circle (unknown), "–" (not configured).
    static void paintGlyph(QPainter *painter, const QRectF &rect, EnvironmentsOverviewModel::Level level,
                           const QPalette &palette);
    static QColor levelColor(EnvironmentsOverviewModel::Level level, const QPalette &palette);

private:
    int lineHeight(const QFont &font) const;
    /// `text` elided to `width` (none when negative), laid out in `font`.
    const QStaticText &staticText(const QString &text, const QFont &font, int width) const;
    void drawGlyph(QPainter *painter, const QRectF &rect, EnvironmentsOverviewModel::Level level,
                   const QPalette &palette) const;

    double m_scale = 1.0;
    mutable QHash<QString, QStaticText> m_texts;
    mutable QHash<QString, QPixmap> m_glyphs;
};

} // namespace Gatehouse::Ui
