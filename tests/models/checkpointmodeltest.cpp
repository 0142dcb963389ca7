// SPDX-License-Identifier: GPL-2.0-or-later
#include "checkpointmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Stasis;

namespace
{
const QDateTime t0 = QDateTime(QDate(2026, 11, 27), QTime(8, 30, 0), QTimeZone::UTC);

CheckpointInfo checkpoint(const QString &name, int secondsAfter, qint64 size = -1)
{
    return CheckpointInfo{name, t0.addSecs(secondsAfter), size, {}};
}
} // namespace

class CheckpointModelTest : public QObject
{
    Q_OBJECT

private:
    static QStringList names(const CheckpointModel &model)
    {
        QStringList result;
        for (int row = 0; row < model.rowCount(); ++row) {
            result.append(model.index(row, CheckpointModel::NameColumn).data().toString());
        }
        return result;
    }

private Q_SLOTS:
    void showsCheckpointsInOrderWithRawValues()
    {
        CheckpointModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCheckpoints(
            QStringLiteral("counter"),
            {checkpoint(QStringLiteral("first"), 0, 4096), checkpoint(QStringLiteral("second"), 60), checkpoint(QStringLiteral("third"), 125)});

        QCOMPARE(model.container(), QStringLiteral("counter"));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(CheckpointModel::ColumnCount));
        QCOMPARE(names(model), (QStringList{QStringLiteral("first"), QStringLiteral("second"), QStringLiteral("third")}));

        const QModelIndex created = model.index(1, CheckpointModel::CreatedColumn);
        QCOMPARE(created.data(CheckpointModel::RawValueRole).toDateTime(), t0.addSecs(60));
        QVERIFY(!created.data().toString().isEmpty());
        QCOMPARE(model.index(0, CheckpointModel::SizeColumn).data(CheckpointModel::RawValueRole).value<qint64>(), qint64(4096));
        QCOMPARE(model.index(1, CheckpointModel::SizeColumn).data(CheckpointModel::RawValueRole).value<qint64>(), qint64(-1));
        QCOMPARE(model.index(1, CheckpointModel::SizeColumn).data().toString(), CheckpointModel::tr("unknown"));
        QCOMPARE(model.index(2, CheckpointModel::NameColumn).data(CheckpointModel::RawValueRole).toString(), QStringLiteral("third"));
        QCOMPARE(model.index(2, CheckpointModel::FolderColumn).data(CheckpointModel::RawValueRole).toString(), QString());

        const QString toolTip = model.index(2, CheckpointModel::CreatedColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(toolTip.contains(QStringLiteral("third")), qPrintable(toolTip));
        QVERIFY2(toolTip.contains(QStringLiteral("2026-11-27T08:32:05")), qPrintable(toolTip));
        QCOMPARE(model.headerData(CheckpointModel::CreatedColumn, Qt::Horizontal).toString(), CheckpointModel::tr("Taken"));
        QCOMPARE(model.rowOf(QStringLiteral("second")), 1);
        QVERIFY(model.flags(QModelIndex()) == Qt::NoItemFlags);
    }

    void refreshInsertsAndRemovesSingleRows()
    {
        CheckpointModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCheckpoints(QStringLiteral("counter"),
                             {checkpoint(QStringLiteral("first"), 0), checkpoint(QStringLiteral("second"), 60), checkpoint(QStringLiteral("third"), 125)});

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        // "second" was removed, "fourth" taken; "third" now knows its size.
        model.setCheckpoints(
            QStringLiteral("counter"),
            {checkpoint(QStringLiteral("first"), 0), checkpoint(QStringLiteral("third"), 125, 1000), checkpoint(QStringLiteral("fourth"), 200)});

        QCOMPARE(reset.count(), 0);
        QCOMPARE(moved.count(), 0);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.first().at(1).toInt(), 1);
        QCOMPARE(removed.first().at(2).toInt(), 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 2);
        QCOMPARE(inserted.first().at(2).toInt(), 2);
        QCOMPARE(names(model), (QStringList{QStringLiteral("first"), QStringLiteral("third"), QStringLiteral("fourth")}));
        QCOMPARE(model.index(1, CheckpointModel::SizeColumn).data(CheckpointModel::RawValueRole).value<qint64>(), qint64(1000));
        // The size change is reported for its row, not as a reset.
        QVERIFY(!changed.isEmpty());
        for (const QList<QVariant> &arguments : std::as_const(changed)) {
            QCOMPARE(arguments.at(0).value<QModelIndex>().row(), 1);
            QCOMPARE(arguments.at(1).value<QModelIndex>().row(), 1);
        }

        // The same list again changes nothing.
        changed.clear();
        model.setCheckpoints(QStringLiteral("counter"), model.checkpoints());
        QCOMPARE(changed.count(), 0);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(removed.count(), 1);
    }

    void anotherContainerResets()
    {
        CheckpointModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCheckpoints(QStringLiteral("counter"), {checkpoint(QStringLiteral("first"), 0)});
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setCheckpoints(QStringLiteral("web"), {checkpoint(QStringLiteral("a1"), 5), checkpoint(QStringLiteral("b2"), 6)});
        QCOMPARE(reset.count(), 1);
        QCOMPARE(names(model), (QStringList{QStringLiteral("a1"), QStringLiteral("b2")}));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.container(), QString());
    }

    void reorderedRefreshMovesRows()
    {
        CheckpointModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCheckpoints(QStringLiteral("counter"),
                             {checkpoint(QStringLiteral("aa"), 0), checkpoint(QStringLiteral("bb"), 10), checkpoint(QStringLiteral("cc"), 20)});
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        model.setCheckpoints(QStringLiteral("counter"),
                             {checkpoint(QStringLiteral("cc"), 20), checkpoint(QStringLiteral("aa"), 0), checkpoint(QStringLiteral("bb"), 10)});
        QCOMPARE(reset.count(), 0);
        QCOMPARE(moved.count(), 1);
        QCOMPARE(names(model), (QStringList{QStringLiteral("cc"), QStringLiteral("aa"), QStringLiteral("bb")}));
    }
};

QTEST_GUILESS_MAIN(CheckpointModelTest)
#include "checkpointmodeltest.moc"
