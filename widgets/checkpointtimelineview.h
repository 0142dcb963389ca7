// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QAbstractItemView>
#include <QList>

class QRubberBand;

namespace Stasis
{

/// Checkpoints as marks on a horizontal time axis. Each row of the model is
/// one mark placed by its time (by default CheckpointModel's created column,
/// raw-value role); rows without a valid time are hidden. Marks closer than a
/// mark's width are stacked upwards.
///
/// To share the selection with a table: give both views the same model, then
/// `timeline->setSelectionModel(table->selectionModel())` (or the reverse).
/// A mark is drawn selected when any column of its row is selected; the view
/// itself selects whole rows.
///
/// Ctrl+wheel and +/- zoom, 0 fits all; the wheel scrolls in time;
/// Left/Right/Home/End move to the previous/next/first/last checkpoint in time.
/// Dragging from an empty spot, or Shift with a click or arrow key, selects
/// every checkpoint in the time span between the two points.
class CheckpointTimelineView final : public QAbstractItemView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckpointTimelineView)

public:
    static constexpr double zoomFactor = 1.25;

    explicit CheckpointTimelineView(QWidget *parent = nullptr);
    ~CheckpointTimelineView() override;

    /// Pixels per second on the axis.
    double pixelsPerSecond() const;
    /// True while the view keeps every checkpoint in sight (until zoomed in).
    bool isFittingAll() const
    {
        return m_fitting;
    }

    void setModel(QAbstractItemModel *model) override;
    QRect visualRect(const QModelIndex &index) const override;
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;
    QModelIndex indexAt(const QPoint &point) const override;
    void reset() override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    /// Scales the axis so that every checkpoint is in sight, and keeps it so.
    void fitAll();

Q_SIGNALS:
    void zoomChanged(double pixelsPerSecond);

protected:
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    int horizontalOffset() const override;
    int verticalOffset() const override;
    bool isIndexHidden(const QModelIndex &index) const override;
    void setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command) override;
    QRegion visualRegionForSelection(const QItemSelection &selection) const override;
    void updateGeometries() override;

    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles = {}) override;
    void rowsInserted(const QModelIndex &parent, int start, int end) override;
    void rowsAboutToBeRemoved(const QModelIndex &parent, int start, int end) override;

    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Mark {
        int row = 0;
        qint64 msecs = 0;
        double x = 0; ///< in content coordinates
        int level = 0; ///< 0 on the axis, stacked upwards
    };

    void invalidateLayout();
    void ensureLayout() const;
    void zoomBy(double factor, int anchorX);
    int anchorForKeyboardZoom() const;
    double fitScale() const;
    double minimumScale() const;
    double maximumScale() const;
    int markSize() const;
    int axisY() const;
    int markCenterY(int level) const;
    QRect markRect(const Mark &mark) const;
    const Mark *markOfRow(int row) const;
    qint64 timeOfRow(int row) const;
    void paintAxis(QPainter &painter) const;

    const int m_timeColumn;
    const int m_timeRole;
    /// Pixels per millisecond.
    mutable double m_scale = 0.001;
    bool m_fitting = true;
    QList<QMetaObject::Connection> m_modelConnections;
    QRubberBand *m_band = nullptr;
    int m_bandOrigin = -1; ///< content x where a band drag started; -1: none
    QItemSelection m_bandBase; ///< what was selected before a Ctrl band drag

    // The layout, computed lazily from the model, the scale and the size.
    mutable bool m_dirty = true;
    mutable QList<Mark> m_marks; ///< in time order
    mutable QList<int> m_markOfRow; ///< row → index in m_marks, -1 when hidden
    mutable qint64 m_first = 0;
    mutable qint64 m_last = 0;
    mutable double m_leftPad = 0;
    mutable int m_contentWidth = 0;
    mutable int m_levels = 1;
    mutable double m_levelSpacing = 0;
};

} // namespace Stasis
