// SPDX-License-Identifier: GPL-2.0-or-later
#include "checkpointtimelineview.h"
#include "checkpointmodel.h"

#include <QAbstractItemModelTester>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Stasis;

namespace
{
const QDateTime t0 = QDateTime(QDate(2026, 11, 27), QTime(8, 30, 0), QTimeZone::UTC);
} // namespace

class CheckpointTimelineViewTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CheckpointModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<CheckpointTimelineView> m_view;

    // Rows deliberately not in time order: row 0 is the middle one.
    static QList<CheckpointInfo> threeCheckpoints()
    {
        return {
            CheckpointInfo{QStringLiteral("middle"), t0.addSecs(600), -1, {}},
            CheckpointInfo{QStringLiteral("early"), t0, 2048, {}},
            CheckpointInfo{QStringLiteral("late"), t0.addSecs(1800), -1, {}},
        };
    }

    QModelIndex row(int r) const
    {
        return m_model->index(r, 0);
    }

private Q_SLOTS:
    void init()
    {
        m_model = std::make_unique<CheckpointModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setCheckpoints(QStringLiteral("counter"), threeCheckpoints());
        m_view = std::make_unique<CheckpointTimelineView>();
        m_view->setModel(m_model.get());
        m_view->resize(600, 200);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void cleanup()
    {
        m_view.reset();
        m_tester.reset();
        m_model.reset();
    }

    void marksAreOrderedByTime()
    {
        const QRect early = m_view->visualRect(row(1));
        const QRect middle = m_view->visualRect(row(0));
        const QRect late = m_view->visualRect(row(2));
        QVERIFY(early.isValid() && middle.isValid() && late.isValid());
        QVERIFY(early.center().x() < middle.center().x());
        QVERIFY(middle.center().x() < late.center().x());
        // x follows time: 600 s and 1800 s after the first.
        const double ratio = double(middle.center().x() - early.center().x()) / double(late.center().x() - early.center().x());
        QVERIFY2(std::abs(ratio - 1.0 / 3.0) < 0.02, qPrintable(QString::number(ratio)));
        // Fitted: all in sight.
        QVERIFY(m_view->viewport()->rect().contains(early));
        QVERIFY(m_view->viewport()->rect().contains(late));
    }

    void hitTestingAgreesWithVisualRect()
    {
        for (int r = 0; r < m_model->rowCount(); ++r) {
            QCOMPARE(m_view->indexAt(m_view->visualRect(row(r)).center()), row(r));
            // Any column of the row maps to the same mark.
            QCOMPARE(m_view->visualRect(m_model->index(r, CheckpointModel::SizeColumn)), m_view->visualRect(row(r)));
        }
        QVERIFY(!m_view->indexAt(QPoint(2, 2)).isValid());
        const QRect early = m_view->visualRect(row(1));
        QVERIFY(!m_view->indexAt(early.center() + QPoint(0, -3 * early.height())).isValid());
        QVERIFY(!m_view->indexAt(QPoint((early.center().x() + m_view->visualRect(row(0)).center().x()) / 2, early.center().y())).isValid());
    }

    void nearlySimultaneousMarksAreStacked()
    {
        QList<CheckpointInfo> checkpoints = threeCheckpoints();
        checkpoints.append(CheckpointInfo{QStringLiteral("twin"), t0.addMSecs(300), -1, {}});
        m_model->setCheckpoints(QStringLiteral("counter"), checkpoints);
        const QRect early = m_view->visualRect(row(1));
        const QRect twin = m_view->visualRect(m_model->index(3, 0));
        QVERIFY(twin.isValid());
        QVERIFY2(!early.intersects(twin), "marks of nearly the same time overlap");
        QCOMPARE(m_view->indexAt(twin.center()), m_model->index(3, 0));
        QCOMPARE(m_view->indexAt(early.center()), row(1));
    }

    void keyboardMovesInTimeOrder()
    {
        m_view->setFocus();
        m_view->setCurrentIndex(row(1)); // early
        QTest::keyClick(m_view.get(), Qt::Key_Right);
        QCOMPARE(m_view->currentIndex().row(), 0); // middle
        QTest::keyClick(m_view.get(), Qt::Key_Right);
        QCOMPARE(m_view->currentIndex().row(), 2); // late
        QTest::keyClick(m_view.get(), Qt::Key_Right);
        QCOMPARE(m_view->currentIndex().row(), 2);
        QTest::keyClick(m_view.get(), Qt::Key_Left);
        QCOMPARE(m_view->currentIndex().row(), 0);
        QTest::keyClick(m_view.get(), Qt::Key_Home);
        QCOMPARE(m_view->currentIndex().row(), 1);
        QTest::keyClick(m_view.get(), Qt::Key_End);
        QCOMPARE(m_view->currentIndex().row(), 2);
        // Moving selects, as in other views.
        QCOMPARE(m_view->selectionModel()->selectedRows(), QModelIndexList{row(2)});
    }

    void zoomScalesDistances()
    {
        const int before = m_view->visualRect(row(2)).center().x() - m_view->visualRect(row(1)).center().x();
        const int beforeWidth = m_view->visualRect(row(1)).width();
        const double scale = m_view->pixelsPerSecond();
        QSignalSpy zoomed(m_view.get(), &CheckpointTimelineView::zoomChanged);
        m_view->setFocus();
        QTest::keyClick(m_view.get(), Qt::Key_Plus);
        QCOMPARE(zoomed.count(), 1);
        QVERIFY(!m_view->isFittingAll());
        QVERIFY(std::abs(m_view->pixelsPerSecond() - scale * CheckpointTimelineView::zoomFactor) < 1e-9);
        const int after = m_view->visualRect(row(2)).center().x() - m_view->visualRect(row(1)).center().x();
        QVERIFY2(std::abs(after - before * CheckpointTimelineView::zoomFactor) <= 2, qPrintable(QStringLiteral("%1 → %2").arg(before).arg(after)));
        // Marks keep their size; the axis got longer than the view: it scrolls.
        QCOMPARE(m_view->visualRect(row(1)).width(), beforeWidth);
        QVERIFY(m_view->horizontalScrollBar()->maximum() > 0);
        const int scrolledFrom = m_view->visualRect(row(0)).center().x();
        m_view->horizontalScrollBar()->setValue(m_view->horizontalScrollBar()->value() + 10);
        QCOMPARE(m_view->visualRect(row(0)).center().x(), scrolledFrom - 10);
        QCOMPARE(m_view->indexAt(m_view->visualRect(row(0)).center()), row(0));

        // Ctrl+wheel zooms too; zooming out ends at "everything in sight".
        const QPointF at(300, 50);
        QWheelEvent wheel(at, m_view->viewport()->mapToGlobal(at), {}, QPoint(0, -120), Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(m_view->viewport(), &wheel);
        QTest::keyClick(m_view.get(), Qt::Key_Minus);
        QVERIFY(m_view->isFittingAll());
        QCOMPARE(m_view->horizontalScrollBar()->maximum(), 0);
        QVERIFY(std::abs(m_view->visualRect(row(2)).center().x() - m_view->visualRect(row(1)).center().x() - before) <= 1);

        m_view->zoomIn();
        m_view->zoomIn();
        m_view->fitAll();
        QVERIFY(m_view->isFittingAll());
        QVERIFY(std::abs(m_view->pixelsPerSecond() - scale) < 1e-9);
    }

    void sharesSelectionWithTable()
    {
        QTableView table;
        table.setModel(m_model.get());
        table.setSelectionBehavior(QAbstractItemView::SelectRows);
        table.setSelectionMode(QAbstractItemView::ExtendedSelection);
        m_view->setSelectionModel(table.selectionModel());
        table.show();
        QVERIFY(QTest::qWaitForWindowExposed(&table));
        QCOMPARE(m_view->selectionModel(), table.selectionModel());

        // Timeline → table: a click on the late mark selects its row.
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, m_view->visualRect(row(2)).center());
        QCOMPARE(table.selectionModel()->selectedRows(), QModelIndexList{row(2)});
        QCOMPARE(table.currentIndex().row(), 2);
        // Ctrl+click adds the early one.
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, Qt::ControlModifier, m_view->visualRect(row(1)).center());
        QModelIndexList rows = table.selectionModel()->selectedRows();
        std::ranges::sort(rows);
        QCOMPARE(rows, (QModelIndexList{row(1), row(2)}));

        // Table → timeline: a click on a row in the table selects the mark.
        QTest::mouseClick(table.viewport(), Qt::LeftButton, {}, table.visualRect(m_model->index(0, CheckpointModel::CreatedColumn)).center());
        QCOMPARE(m_view->selectionModel()->selectedRows(), QModelIndexList{row(0)});

        // A band dragged from an empty spot over early and middle.
        const QRect early = m_view->visualRect(row(1));
        const QRect middle = m_view->visualRect(row(0));
        const QPoint start(early.left() - 4, 2);
        QVERIFY(!m_view->indexAt(start).isValid());
        QTest::mousePress(m_view->viewport(), Qt::LeftButton, {}, start);
        const QPointF to(middle.right() + 2, 4);
        QMouseEvent move(QEvent::MouseMove, to, m_view->viewport()->mapToGlobal(to), Qt::NoButton, Qt::LeftButton, {});
        QCoreApplication::sendEvent(m_view->viewport(), &move);
        QTest::mouseRelease(m_view->viewport(), Qt::LeftButton, {}, QPoint(middle.right() + 2, 4));
        rows = table.selectionModel()->selectedRows();
        std::ranges::sort(rows);
        QCOMPARE(rows, (QModelIndexList{row(0), row(1)}));

        // A click on an empty spot clears.
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, QPoint(2, 2));
        QVERIFY(table.selectionModel()->selectedRows().isEmpty());
    }

    void refreshKeepsSelection()
    {
        m_view->selectionModel()->select(row(2), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QList<CheckpointInfo> checkpoints = threeCheckpoints();
        checkpoints.append(CheckpointInfo{QStringLiteral("latest"), t0.addSecs(3600), -1, {}});
        m_model->setCheckpoints(QStringLiteral("counter"), checkpoints);
        QCOMPARE(m_view->selectionModel()->selectedRows(), QModelIndexList{row(2)});
        const QModelIndex latest = m_model->index(3, 0);
        QVERIFY(m_view->visualRect(latest).center().x() > m_view->visualRect(row(2)).center().x());
        QCOMPARE(m_view->indexAt(m_view->visualRect(latest).center()), latest);
        // Still fitted: the newest is in sight.
        QVERIFY(m_view->viewport()->rect().contains(m_view->visualRect(latest)));
    }

    void unknownTimesAreHidden()
    {
        QList<CheckpointInfo> checkpoints = threeCheckpoints();
        checkpoints.append(CheckpointInfo{QStringLiteral("unknown"), {}, -1, {}});
        m_model->setCheckpoints(QStringLiteral("counter"), checkpoints);
        QVERIFY(!m_view->visualRect(m_model->index(3, 0)).isValid());
        m_view->setCurrentIndex(row(2));
        QTest::keyClick(m_view.get(), Qt::Key_End);
        QCOMPARE(m_view->currentIndex().row(), 2);
    }
};

QTEST_MAIN(CheckpointTimelineViewTest)
#include "checkpointtimelineviewtest.moc"
