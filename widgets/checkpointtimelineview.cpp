// SPDX-License-Identifier: GPL-2.0-or-later
#include "checkpointtimelineview.h"

#include "checkpointmodel.h"
#include "timelineticks.h"

#include <QDateTime>
#include <QKeyEvent>
#include <QPainter>
#include <QRubberBand>
#include <QScrollBar>
#include <QStyleOptionFocusRect>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Stasis
{

namespace
{
constexpr qint64 second = TimelineTicks::second;
constexpr int tickLength = TimelineTicks::tickLength;
} // namespace

CheckpointTimelineView::CheckpointTimelineView(QWidget *parent)
    : QAbstractItemView(parent)
    , m_timeColumn(CheckpointModel::CreatedColumn)
    , m_timeRole(CheckpointModel::RawValueRole)
    , m_band(new QRubberBand(QRubberBand::Rectangle, viewport()))
{
    setSelectionMode(ExtendedSelection);
    setSelectionBehavior(SelectRows);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setEditTriggers(NoEditTriggers);
    setAccessibleName(tr("Checkpoint timeline"));
}

CheckpointTimelineView::~CheckpointTimelineView() = default;

double CheckpointTimelineView::pixelsPerSecond() const
{
    ensureLayout();
    return m_scale * second;
}

void CheckpointTimelineView::setModel(QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_modelConnections)) {
        disconnect(connection);
    }
    m_modelConnections.clear();
    QAbstractItemView::setModel(model);
    if (model) {
        const auto invalidate = [this] {
            invalidateLayout();
        };
        m_modelConnections = {
            connect(model, &QAbstractItemModel::rowsRemoved, this, invalidate),
            connect(model, &QAbstractItemModel::rowsMoved, this, invalidate),
            connect(model, &QAbstractItemModel::layoutChanged, this, invalidate),
        };
    }
    invalidateLayout();
}

void CheckpointTimelineView::reset()
{
    QAbstractItemView::reset();
    invalidateLayout();
}

void CheckpointTimelineView::invalidateLayout()
{
    m_dirty = true;
    updateGeometries();
    viewport()->update();
}

qint64 CheckpointTimelineView::timeOfRow(int row) const
{
    const QDateTime time = model()->data(model()->index(row, m_timeColumn, rootIndex()), m_timeRole).toDateTime();
    return time.isValid() ? time.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
}

int CheckpointTimelineView::markSize() const
{
    return std::max(10, fontMetrics().height() * 3 / 4) | 1;
}

int CheckpointTimelineView::axisY() const
{
    // Below the axis: tick, time label, date label.
    return viewport()->height() - tickLength - 2 * fontMetrics().height() - 4;
}

int CheckpointTimelineView::markCenterY(int level) const
{
    return axisY() - tickLength - markSize() / 2 - 2 - int(std::lround(level * m_levelSpacing));
}

double CheckpointTimelineView::fitScale() const
{
    const int usable = std::max(1, viewport()->width() - 4 * markSize());
    return double(usable) / double(std::max<qint64>(m_last - m_first, second));
}

double CheckpointTimelineView::minimumScale() const
{
    return fitScale();
}

double CheckpointTimelineView::maximumScale() const
{
    // Ten pixels per millisecond tells apart checkpoints taken in the same second.
    return std::max(fitScale(), 10.0);
}

void CheckpointTimelineView::ensureLayout() const
{
    if (!m_dirty) {
        return;
    }
    m_dirty = false;
    m_marks.clear();
    const int rows = model() ? model()->rowCount(rootIndex()) : 0;
    m_markOfRow.fill(-1, rows);
    for (int row = 0; row < rows; ++row) {
        const qint64 msecs = timeOfRow(row);
        if (msecs != std::numeric_limits<qint64>::min()) {
            m_marks.append(Mark{row, msecs, 0, 0});
        }
    }
    std::ranges::sort(m_marks, [](const Mark &a, const Mark &b) {
        return a.msecs != b.msecs ? a.msecs < b.msecs : a.row < b.row;
    });
    m_first = m_marks.isEmpty() ? 0 : m_marks.first().msecs;
    m_last = m_marks.isEmpty() ? 0 : m_marks.last().msecs;

    const int size = markSize();
    const int margin = 2 * size;
    if (m_fitting) {
        m_scale = fitScale();
    } else {
        m_scale = std::clamp(m_scale, minimumScale(), maximumScale());
    }
    const double span = double(m_last - m_first) * m_scale;
    m_leftPad = margin + std::max(0.0, (viewport()->width() - 2 * margin - span) / 2);
    m_contentWidth = std::max(viewport()->width(), int(std::ceil(span)) + 2 * margin);

    // Stack marks that would touch: each goes to the lowest level with room.
    QList<double> levelEnds;
    for (qsizetype i = 0; i < m_marks.size(); ++i) {
        Mark &mark = m_marks[i];
        mark.x = m_leftPad + double(mark.msecs - m_first) * m_scale;
        qsizetype level = 0;
        while (level < levelEnds.size() && mark.x < levelEnds[level] + size + 2) {
            ++level;
        }
        if (level == levelEnds.size()) {
            levelEnds.append(mark.x);
        } else {
            levelEnds[level] = mark.x;
        }
        mark.level = int(level);
        m_markOfRow[mark.row] = int(i);
    }
    m_levels = std::max<int>(1, int(levelEnds.size()));
    // Squeeze the levels together when they would not fit the height.
    const int room = axisY() - tickLength - 2 - size;
    m_levelSpacing = m_levels > 1 ? std::clamp(double(room) / (m_levels - 1), 3.0, double(size + 2)) : double(size + 2);
}

QRect CheckpointTimelineView::markRect(const Mark &mark) const
{
    const int size = markSize();
    const int centerX = int(std::lround(mark.x)) - horizontalOffset();
    const int centerY = markCenterY(mark.level);
    return QRect(centerX - size / 2, centerY - size / 2, size, size);
}

const CheckpointTimelineView::Mark *CheckpointTimelineView::markOfRow(int row) const
{
    ensureLayout();
    if (row < 0 || row >= m_markOfRow.size() || m_markOfRow[row] < 0) {
        return nullptr;
    }
    return &m_marks[m_markOfRow[row]];
}

QRect CheckpointTimelineView::visualRect(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != model() || index.parent() != rootIndex()) {
        return {};
    }
    const Mark *mark = markOfRow(index.row());
    return mark ? markRect(*mark) : QRect();
}

QModelIndex CheckpointTimelineView::indexAt(const QPoint &point) const
{
    ensureLayout();
    // Later marks are painted over earlier ones: hit them first.
    for (auto mark = m_marks.crbegin(); mark != m_marks.crend(); ++mark) {
        if (markRect(*mark).contains(point)) {
            return model()->index(mark->row, 0, rootIndex());
        }
    }
    return {};
}

bool CheckpointTimelineView::isIndexHidden(const QModelIndex &index) const
{
    return !markOfRow(index.row());
}

int CheckpointTimelineView::horizontalOffset() const
{
    return horizontalScrollBar()->value();
}

int CheckpointTimelineView::verticalOffset() const
{
    return 0;
}

void CheckpointTimelineView::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    const QRect rect = visualRect(index);
    if (!rect.isValid()) {
        return;
    }
    const int width = viewport()->width();
    const int margin = markSize();
    QScrollBar *bar = horizontalScrollBar();
    switch (hint) {
    case PositionAtCenter:
        bar->setValue(bar->value() + rect.center().x() - width / 2);
        break;
    case PositionAtTop:
        bar->setValue(bar->value() + rect.left() - margin);
        break;
    case PositionAtBottom:
        bar->setValue(bar->value() + rect.right() + margin - width);
        break;
    case EnsureVisible:
        if (rect.left() < margin) {
            bar->setValue(bar->value() + rect.left() - margin);
        } else if (rect.right() > width - margin) {
            bar->setValue(bar->value() + rect.right() + margin - width);
        }
        break;
    }
}

QModelIndex CheckpointTimelineView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    Q_UNUSED(modifiers)
    ensureLayout();
    if (m_marks.isEmpty()) {
        return {};
    }
    const QModelIndex current = currentIndex();
    const int column = current.isValid() ? current.column() : 0;
    const auto indexOfMark = [this, column](qsizetype position) {
        return model()->index(m_marks[std::clamp<qsizetype>(position, 0, m_marks.size() - 1)].row, column, rootIndex());
    };
    const Mark *mark = current.isValid() ? markOfRow(current.row()) : nullptr;
    if (!mark) {
        return indexOfMark(cursorAction == MoveEnd || cursorAction == MoveLeft ? m_marks.size() - 1 : 0);
    }
    const qsizetype position = mark - m_marks.constData();
    const int visibleMarks = std::max(1, int(viewport()->width() / std::max(1.0, m_contentWidth / double(m_marks.size()))));
    switch (cursorAction) {
    case MoveLeft:
    case MovePrevious:
        return indexOfMark(position - 1);
    case MoveRight:
    case MoveNext:
        return indexOfMark(position + 1);
    case MoveHome:
        return indexOfMark(0);
    case MoveEnd:
        return indexOfMark(m_marks.size() - 1);
    case MovePageUp:
        return indexOfMark(position - visibleMarks);
    case MovePageDown:
        return indexOfMark(position + visibleMarks);
    case MoveUp:
    case MoveDown:
        break;
    }
    return current;
}

void CheckpointTimelineView::setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command)
{
    if (!selectionModel()) {
        return;
    }
    ensureLayout();
    const QRect area = rect.normalized();
    QItemSelection selection;
    const auto add = [&](int row) {
        const QModelIndex index = model()->index(row, 0, rootIndex());
        selection.merge(QItemSelection(index, index), QItemSelectionModel::Select);
    };
    if (area.width() <= 1 && area.height() <= 1) {
        // A click: the mark under it, as indexAt() sees it.
        const QModelIndex index = indexAt(area.topLeft());
        if (index.isValid()) {
            add(index.row());
        }
    } else {
        // A span of time: every mark from the left edge to the right edge.
        for (const Mark &mark : std::as_const(m_marks)) {
            const QRect markArea = markRect(mark);
            if (markArea.right() >= area.left() && markArea.left() <= area.right()) {
                add(mark.row);
            }
        }
    }
    selectionModel()->select(selection, command);
}

QRegion CheckpointTimelineView::visualRegionForSelection(const QItemSelection &selection) const
{
    QRegion region;
    for (const QItemSelectionRange &range : selection) {
        if (range.parent() != rootIndex() || range.model() != model()) {
            continue;
        }
        for (int row = range.top(); row <= range.bottom(); ++row) {
            if (const Mark *mark = markOfRow(row)) {
                // Include the focus frame drawn around the current mark.
                region += markRect(*mark).adjusted(-3, -3, 3, 3);
            }
        }
    }
    return region;
}

void CheckpointTimelineView::updateGeometries()
{
    ensureLayout();
    QScrollBar *bar = horizontalScrollBar();
    bar->setPageStep(viewport()->width());
    bar->setSingleStep(markSize());
    bar->setRange(0, std::max(0, m_contentWidth - viewport()->width()));
    QAbstractItemView::updateGeometries();
}

void CheckpointTimelineView::dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    QAbstractItemView::dataChanged(topLeft, bottomRight, roles);
    if (topLeft.column() <= m_timeColumn && m_timeColumn <= bottomRight.column() && (roles.isEmpty() || roles.contains(m_timeRole))) {
        invalidateLayout();
    }
}

void CheckpointTimelineView::rowsInserted(const QModelIndex &parent, int start, int end)
{
    QAbstractItemView::rowsInserted(parent, start, end);
    invalidateLayout();
}

void CheckpointTimelineView::rowsAboutToBeRemoved(const QModelIndex &parent, int start, int end)
{
    QAbstractItemView::rowsAboutToBeRemoved(parent, start, end);
    invalidateLayout();
}

void CheckpointTimelineView::zoomIn()
{
    zoomBy(zoomFactor, anchorForKeyboardZoom());
}

void CheckpointTimelineView::zoomOut()
{
    zoomBy(1 / zoomFactor, anchorForKeyboardZoom());
}

void CheckpointTimelineView::fitAll()
{
    m_fitting = true;
    invalidateLayout();
    Q_EMIT zoomChanged(pixelsPerSecond());
}

int CheckpointTimelineView::anchorForKeyboardZoom() const
{
    // Keep the current checkpoint in place when it is in sight, else the middle.
    const QRect current = visualRect(currentIndex());
    if (current.isValid() && current.center().x() >= 0 && current.center().x() < viewport()->width()) {
        return current.center().x();
    }
    return viewport()->width() / 2;
}

void CheckpointTimelineView::zoomBy(double factor, int anchorX)
{
    ensureLayout();
    const double oldScale = m_scale;
    const double anchorTime = double(m_first) + (anchorX + horizontalOffset() - m_leftPad) / oldScale;
    const double newScale = std::clamp(oldScale * factor, minimumScale(), maximumScale());
    if (newScale == oldScale) {
        return;
    }
    m_scale = newScale;
    m_fitting = newScale <= minimumScale();
    m_dirty = true;
    updateGeometries();
    horizontalScrollBar()->setValue(int(std::lround(m_leftPad + (anchorTime - double(m_first)) * m_scale - anchorX)));
    viewport()->update();
    Q_EMIT zoomChanged(pixelsPerSecond());
}

void CheckpointTimelineView::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    ensureLayout();
    QPainter painter(viewport());
    painter.setRenderHint(QPainter::Antialiasing);
    paintAxis(painter);

    const QPalette &palette = this->palette();
    const int axis = axisY();
    const QModelIndex current = currentIndex();
    for (const Mark &mark : std::as_const(m_marks)) {
        const QRect rect = markRect(mark);
        if (rect.right() < 0 || rect.left() > viewport()->width()) {
            continue;
        }
        const bool selected = selectionModel() && selectionModel()->rowIntersectsSelection(mark.row, rootIndex());
        painter.setPen(QPen(palette.color(QPalette::Mid), 1));
        painter.drawLine(QPointF(rect.center().x() + 0.5, rect.bottom() + 1), QPointF(rect.center().x() + 0.5, axis));
        painter.setPen(QPen(selected ? palette.color(QPalette::Highlight).darker(130) : palette.color(QPalette::Text), 1.5));
        painter.setBrush(selected ? palette.color(QPalette::Highlight) : palette.color(QPalette::Button));
        painter.drawEllipse(QRectF(rect).adjusted(1, 1, -1, -1));
        if (hasFocus() && current.isValid() && current.row() == mark.row) {
            QStyleOptionFocusRect option;
            option.initFrom(this);
            option.rect = rect.adjusted(-2, -2, 2, 2);
            option.backgroundColor = palette.color(QPalette::Base);
            style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &painter, this);
        }
    }
}

void CheckpointTimelineView::paintAxis(QPainter &painter) const
{
    const QPalette &palette = this->palette();
    const QFontMetrics metrics = fontMetrics();
    const int axis = axisY();
    const int width = viewport()->width();
    painter.setPen(QPen(palette.color(QPalette::Text), 1));
    painter.drawLine(QPointF(0, axis + 0.5), QPointF(width, axis + 0.5));
    if (m_marks.isEmpty()) {
        painter.setPen(palette.color(QPalette::PlaceholderText));
        painter.drawText(QRect(0, 0, width, axis), Qt::AlignCenter, tr("No checkpoints"));
        return;
    }

    TimelineTicks::paint(painter, palette, metrics, {m_first, m_leftPad, m_scale, horizontalOffset(), width, axis, 2 * markSize()});
}

void CheckpointTimelineView::resizeEvent(QResizeEvent *event)
{
    m_dirty = true;
    QAbstractItemView::resizeEvent(event);
}

void CheckpointTimelineView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        invalidateLayout();
    }
    QAbstractItemView::changeEvent(event);
}

void CheckpointTimelineView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int delta = event->angleDelta().y() != 0 ? event->angleDelta().y() : event->angleDelta().x();
        if (delta != 0) {
            zoomBy(std::pow(zoomFactor, delta / 120.0), int(event->position().x()));
        }
        event->accept();
        return;
    }
    // Time runs horizontally: turn the wheel into horizontal scrolling.
    QCoreApplication::sendEvent(horizontalScrollBar(), event);
}

void CheckpointTimelineView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        event->accept();
        return;
    case Qt::Key_Minus:
        zoomOut();
        event->accept();
        return;
    case Qt::Key_0:
        fitAll();
        event->accept();
        return;
    default:
        break;
    }
    QAbstractItemView::keyPressEvent(event);
}

void CheckpointTimelineView::mousePressEvent(QMouseEvent *event)
{
    QAbstractItemView::mousePressEvent(event);
    if (event->button() != Qt::LeftButton || indexAt(event->position().toPoint()).isValid() || !selectionModel()) {
        return;
    }
    // A press on an empty spot starts a band over a span of time.
    m_bandOrigin = event->position().toPoint().x() + horizontalOffset();
    if (event->modifiers() & Qt::ControlModifier) {
        m_bandBase = selectionModel()->selection();
    } else {
        m_bandBase.clear();
        selectionModel()->clearSelection();
    }
}

void CheckpointTimelineView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_bandOrigin < 0 || !(event->buttons() & Qt::LeftButton)) {
        QAbstractItemView::mouseMoveEvent(event);
        return;
    }
    const int x = event->position().toPoint().x();
    const int origin = m_bandOrigin - horizontalOffset();
    const QRect band(QPoint(std::min(origin, x), 0), QPoint(std::max(origin, x), viewport()->height() - 1));
    m_band->setGeometry(band);
    m_band->show();
    selectionModel()->select(m_bandBase, QItemSelectionModel::ClearAndSelect);
    setSelection(band, QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

void CheckpointTimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    const bool banded = m_band->isVisible();
    m_bandOrigin = -1;
    m_band->hide();
    m_bandBase.clear();
    if (banded) {
        // The base class would treat this as a click on nothing and clear.
        event->accept();
        return;
    }
    QAbstractItemView::mouseReleaseEvent(event);
}

QSize CheckpointTimelineView::sizeHint() const
{
    return QSize(fontMetrics().averageCharWidth() * 80, minimumSizeHint().height() + 3 * markSize());
}

QSize CheckpointTimelineView::minimumSizeHint() const
{
    const int height = 3 * markSize() + tickLength + 2 * fontMetrics().height() + 8 + horizontalScrollBar()->sizeHint().height();
    return QSize(fontMetrics().averageCharWidth() * 20, height + 2 * frameWidth());
}

} // namespace Stasis
