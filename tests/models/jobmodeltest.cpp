// SPDX-License-Identifier: GPL-2.0-or-later
#include "jobmodel.h"

#include <KJob>
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Stasis;

namespace
{

/// A test-only job that runs until the test finishes it.
class TestModelJob final : public KJob
{
    Q_OBJECT

public:
    TestModelJob()
    {
        setCapabilities(Killable);
    }
    void start() override
    {
    }
    void succeed()
    {
        emitResult();
    }
    void fail(const QString &text)
    {
        setError(UserDefinedError);
        setErrorText(text);
        emitResult();
    }
    void progress(unsigned long percent)
    {
        setPercent(percent);
    }
    void say(const QString &message)
    {
        Q_EMIT infoMessage(this, message);
    }

protected:
    bool doKill() override
    {
        return true;
    }
};

} // namespace

class JobModelTest : public QObject
{
    Q_OBJECT

private:
    QList<TestModelJob *> m_made;

    JobQueue::JobFactory factory()
    {
        return [this] {
            auto *job = new TestModelJob;
            m_made.append(job);
            return job;
        };
    }

private Q_SLOTS:
    void init()
    {
        m_made.clear();
    }

    void rowsFollowTheQueue()
    {
        JobQueue queue;
        JobModel model(&queue);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        const JobQueue::Id first = queue.enqueue(factory(), QStringLiteral("counter"), QStringLiteral("Checkpoint counter"));
        const JobQueue::Id second = queue.enqueue(factory(), QStringLiteral("counter"), QStringLiteral("Remove cp1"));
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(JobModel::ColumnCount));
        QCOMPARE(model.rowOf(second), 1);
        QCOMPARE(model.index(0, JobModel::DescriptionColumn).data().toString(), QStringLiteral("Checkpoint counter"));
        QCOMPARE(model.index(0, JobModel::ContainerColumn).data().toString(), QStringLiteral("counter"));
        QCOMPARE(model.index(0, JobModel::StateColumn).data().toString(), JobModel::tr("Running"));
        QCOMPARE(model.index(1, JobModel::StateColumn).data().toString(), JobModel::tr("Queued"));
        QCOMPARE(model.index(1, JobModel::StateColumn).data(JobModel::RawValueRole).toInt(), int(JobQueue::State::Queued));
        QCOMPARE(model.index(0, JobModel::ProgressColumn).data(JobModel::ProgressRole).toInt(), -1);
        QCOMPARE(model.index(0, JobModel::DescriptionColumn).data(JobModel::ProgressRole).toInt(), -1);
        QCOMPARE(model.index(0, JobModel::ProgressColumn).data().toString(), QString());
        QCOMPARE(model.index(1, JobModel::DescriptionColumn).data(JobModel::IdRole).value<JobQueue::Id>(), second);
        QVERIFY(model.index(0, JobModel::ElapsedColumn).data(JobModel::RawValueRole).toLongLong() >= 0);
        QCOMPARE(model.index(1, JobModel::ElapsedColumn).data(JobModel::RawValueRole).toLongLong(), -1);
        QCOMPARE(model.headerData(JobModel::ProgressColumn, Qt::Horizontal).toString(), JobModel::tr("Progress"));
        QVERIFY(model.flags(QModelIndex()) == Qt::NoItemFlags);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        m_made[0]->progress(30);
        QVERIFY(!changed.isEmpty());
        for (const QList<QVariant> &arguments : std::as_const(changed)) {
            QCOMPARE(arguments.at(0).toModelIndex().row(), 0);
            QCOMPARE(arguments.at(1).toModelIndex().row(), 0);
            QVERIFY(arguments.at(2).value<QList<int>>().contains(JobModel::ProgressRole));
        }
        QCOMPARE(model.index(0, JobModel::ProgressColumn).data(JobModel::ProgressRole).toInt(), 30);
        QCOMPARE(model.index(0, JobModel::ProgressColumn).data(JobModel::RawValueRole).toInt(), 30);
        QVERIFY(model.index(0, JobModel::ProgressColumn).data().toString().contains(QStringLiteral("30")));

        changed.clear();
        m_made[0]->say(QStringLiteral("dumping"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex(), model.index(0, JobModel::MessageColumn));
        QCOMPARE(model.index(0, JobModel::MessageColumn).data().toString(), QStringLiteral("dumping"));

        changed.clear();
        m_made[0]->fail(QStringLiteral("Cannot checkpoint counter: gone"));
        QVERIFY(!changed.isEmpty());
        QCOMPARE(model.index(0, JobModel::StateColumn).data(JobModel::StateRole).toInt(), int(JobQueue::State::Failed));
        QCOMPARE(model.index(0, JobModel::MessageColumn).data().toString(), QStringLiteral("Cannot checkpoint counter: gone"));
        QCOMPARE(model.index(1, JobModel::StateColumn).data().toString(), JobModel::tr("Running"));
        QVERIFY(!model.index(0, JobModel::StateColumn).data(Qt::ToolTipRole).toString().isEmpty());

        QVERIFY(queue.retry(first));
        QCOMPARE(model.index(0, JobModel::StateColumn).data().toString(), JobModel::tr("Queued"));
        QCOMPARE(model.index(0, JobModel::ProgressColumn).data(JobModel::ProgressRole).toInt(), -1);
        m_made[1]->succeed();
        QCOMPARE(model.index(1, JobModel::StateColumn).data().toString(), JobModel::tr("Done"));
        QCOMPARE(model.index(1, JobModel::ProgressColumn).data(JobModel::ProgressRole).toInt(), 100);
        QCOMPARE(model.index(0, JobModel::StateColumn).data().toString(), JobModel::tr("Running"));

        queue.clearFinished();
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, JobModel::DescriptionColumn).data().toString(), QStringLiteral("Checkpoint counter"));
        QVERIFY(reset.isEmpty());
    }

    void startsWithTheRecordsAlreadyQueued()
    {
        JobQueue queue;
        queue.enqueue(factory(), QStringLiteral("a"), QStringLiteral("one"));
        queue.enqueue(factory(), QStringLiteral("b"), QStringLiteral("two"));
        JobModel model(&queue);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, JobModel::DescriptionColumn).data().toString(), QStringLiteral("two"));
    }

    void runningRowsTellTheirElapsedTime()
    {
        JobQueue queue;
        JobModel model(&queue);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        queue.enqueue(factory(), QStringLiteral("a"), QStringLiteral("long"));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(changed.wait(3000));
        QCOMPARE(changed.first().at(0).toModelIndex(), model.index(0, JobModel::ElapsedColumn));
        QVERIFY(model.index(0, JobModel::ElapsedColumn).data(JobModel::RawValueRole).toLongLong() >= 900);
    }

    void elapsedText()
    {
        QCOMPARE(JobModel::elapsedText(-1), QString());
        QVERIFY(JobModel::elapsedText(4200).contains(QStringLiteral("4")));
        QCOMPARE(JobModel::elapsedText(65000), QStringLiteral("1:05"));
        QCOMPARE(JobModel::elapsedText(3723000), QStringLiteral("1:02:03"));
    }
};

QTEST_GUILESS_MAIN(JobModelTest)
#include "jobmodeltest.moc"
