#pragma once

#include "models/estateenums.h"
#include "models/gateresult.h"

#include <QCoreApplication>
#include <QFont>
#include <QGraphicsItem>
#include <QPainterPath>
#include <QPixmap>

#include <memory>
#include <optional>

namespace Gatehouse::Ui {

/// One integration on the dependency graph: kind icon, name, owner, criticality, and
/// badges for live health and data-contract status. How it is highlighted (selected,
/// upstream, downstream, reached by a change's blast radius) is set by GraphView.
///
/// Painting is cheap on purpose, since a graph of hundreds of nodes is painted in one
/// event-loop turn: the box's outline is built once per size, the texts are laid out
/// once (as QStaticText) per font and value and never in paint(), and below
/// LowDetailZoom only the box, its criticality strip and its role's border are drawn,
/// without antialiasing. UI thread only.
class GraphNodeItem : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(GraphNodeItem)

public:
    enum class Role { Plain, Selected, Upstream, Downstream, Dimmed, Changed, Fails, Degrades };

    struct Content
    {
        QString name; ///< the integration's name (its key)
        QString displayName;
        QString kind;
        QString owner;
        Models::Criticality criticality = Models::Criticality::Medium;
    };

    /// Below this zoom (level of detail) a node is drawn as its box only.
    static constexpr double LowDetailZoom = 0.4;

    /// `size` is the node's box; an empty size measures the texts (preferredSize()).
    GraphNodeItem(int node, Content content, QPixmap icon, QSizeF size = {}, QGraphicsItem *parent = nullptr);
    ~GraphNodeItem() override;

    /// The box a node needs so that its texts fit in `font`.
    static QSizeF preferredSize(const QFont &font, const Content &content);

    int node() const { return m_node; }
    const Content &content() const { return m_content; }

    void setSize(QSizeF size);
    /// The kind icon, recoloured by the view when the palette changes.
    void setIcon(const QPixmap &icon);
    void setRole(Role role);
    Role role() const { return m_role; }
    /// The keyboard/mouse current node gets a focus ring whatever its role.
    void setCurrent(bool current);
    bool isCurrent() const { return m_current; }
    /// Success ratio 0..1; nullopt hides the badge. A stale value is drawn hollow and
    /// says so in the tooltip.
    void setHealth(std::optional<double> ratio, bool stale, const QString &asOf);
    std::optional<double> health() const { return m_health; }
    void setContract(std::optional<Models::GateResult::Outcome> outcome, const QString &summary);
    std::optional<Models::GateResult::Outcome> contract() const { return m_contract; }
    /// The one-line explanation shown under the tooltip's title (e.g. the blast path).
    void setExplanation(const QString &text);
    /// The tooltip for the node as it is now. Built when the pointer reaches the node
    /// (not on every change of role or badge, which come for hundreds of nodes at once).
    QString toolTipText() const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    static QString criticalityText(Models::Criticality criticality);

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;

private:
    struct Texts;

    /// Marks the tooltip out of date; rebuilt at once only while the pointer is on the node.
    void updateToolTip();
    void updateOutline();
    /// The laid-out texts for `font`, (re)built when the font or a text changed.
    const Texts &texts(const QFont &font) const;
    void paintBox(QPainter *painter, const QRectF &box, bool lowDetail) const;

    int m_node;
    Content m_content;
    QPixmap m_icon;
    QSizeF m_size;
    Role m_role = Role::Plain;
    bool m_current = false;
    std::optional<double> m_health;
    bool m_healthStale = false;
    QString m_healthAsOf;
    std::optional<Models::GateResult::Outcome> m_contract;
    QString m_contractSummary;
    QString m_explanation;
    bool m_toolTipDirty = true;
    QPainterPath m_outline;
    QPainterPath m_strip;
    mutable std::unique_ptr<Texts> m_texts;
};

} // namespace Gatehouse::Ui
