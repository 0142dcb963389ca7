// SPDX-License-Identifier: GPL-2.0-or-later
#include "jobspanel.h"
#include "jobmodel.h"

#include "job.h"

#include <KJob>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace Stasis;

namespace
{

/// A test-only job that runs until the test finishes it; killable when asked.
class TestPanelJob final : public Stasis::Job
{
    Q_OBJECT

public:
    explicit TestPanelJob(bool killable)
    {
        if (killable) {
            setCapabilities(Killable);
        }
    }
    void succeed()
    {
        emitResult();
    }
    void fail(const QString &text, const QString &details)
    {
        setError(UserDefinedError);
        setErrorText(text);
        setErrorDetails(details);
        emitResult();
    }
    void say(const QString &message)
    {
        Q_EMIT infoMessage(this, message);
    }

protected:
    void run() override
    {
    }
    bool doKill() override
    {
        return true;
    }
};

} // namespace

class JobsPanelTest : public QObject
{
    Q_OBJECT

private:
    QList<QPointer<TestPanelJob>> m_made;

    JobQueue::JobFactory factory(bool killable = true)
    {
        return [this, killable] {
            auto *job = new TestPanelJob(killable);
            m_made.append(job);
            return job;
        };
    }
    static QPushButton *button(JobsPanel &panel, const char *name)
    {
        return panel.findChild<QPushButton *>(QLatin1String(name));
    }
    static QString details(JobsPanel &panel)
    {
        return panel.findChild<QPlainTextEdit *>(QStringLiteral("details"))->toPlainText();
    }

private Q_SLOTS:
    void init()
    {
        m_made.clear();
    }

    void buttonsFollowTheSelectedJobsState()
    {
        JobQueue queue;
        JobsPanel panel(&queue);
        panel.resize(800, 400);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QPushButton *cancel = button(panel, "cancelButton");
        QPushButton *retry = button(panel, "retryButton");
        QPushButton *clear = button(panel, "clearButton");
        QVERIFY(cancel && retry && clear);
        QVERIFY(!cancel->isEnabled());
        QVERIFY(!retry->isEnabled());
        QVERIFY(!clear->isEnabled());

        const JobQueue::Id running = queue.enqueue(factory(), QStringLiteral("counter"), QStringLiteral("Checkpoint counter"));
        const JobQueue::Id queued = queue.enqueue(factory(), QStringLiteral("counter"), QStringLiteral("Remove cp1"));
        const JobQueue::Id stubborn = queue.enqueue(factory(false), QStringLiteral("other"), QStringLiteral("Cannot be stopped"));
        QCOMPARE(panel.model()->rowCount(), 3);

        panel.select(queued);
        QCOMPARE(panel.selectedId(), queued);
        QVERIFY(cancel->isEnabled());
        QVERIFY(!retry->isEnabled());

        panel.select(stubborn);
        QVERIFY(!cancel->isEnabled()); // running and not killable
        QVERIFY(!retry->isEnabled());

        panel.select(running);
        QVERIFY(cancel->isEnabled());
        m_made[0]->say(QStringLiteral("dumping memory"));
        QVERIFY2(details(panel).contains(QStringLiteral("dumping memory")), qPrintable(details(panel)));
        QVERIFY(!panel.grab().isNull()); // draws the progress bars

        // Cancel through the button: the running job stops, the queued one of its container starts.
        QTest::mouseClick(cancel, Qt::LeftButton);
        QCOMPARE(queue.record(running)->state, JobQueue::State::Cancelled);
        QCOMPARE(queue.record(queued)->state, JobQueue::State::Running);
        QVERIFY(!cancel->isEnabled());
        QVERIFY(retry->isEnabled());
        QVERIFY(clear->isEnabled());
        QVERIFY(details(panel).contains(JobModel::tr("Cancelled")));

        QTest::mouseClick(retry, Qt::LeftButton);
        QCOMPARE(queue.record(running)->state, JobQueue::State::Queued);
        QVERIFY(cancel->isEnabled());
        QVERIFY(!retry->isEnabled());
    }

    void showsTheErrorAndClearsFinishedJobs()
    {
        JobQueue queue;
        JobsPanel panel(&queue);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const JobQueue::Id failing = queue.enqueue(factory(), QStringLiteral("a"), QStringLiteral("Restore a"));
        const JobQueue::Id done = queue.enqueue(factory(), QStringLiteral("b"), QStringLiteral("Checkpoint b"));
        panel.select(failing);
        m_made[0]->fail(QStringLiteral("Cannot restore a from checkpoint cp1: bad size"), QStringLiteral("restore.log: Error (criu/files-reg.c) bad size"));
        m_made[1]->succeed();
        const QString text = details(panel);
        QVERIFY2(text.contains(QStringLiteral("Cannot restore a from checkpoint cp1: bad size")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("files-reg.c")), qPrintable(text));
        QVERIFY(button(panel, "retryButton")->isEnabled());
        QVERIFY(!panel.grab().isNull());

        const JobQueue::Id still = queue.enqueue(factory(), QStringLiteral("c"), QStringLiteral("Checkpoint c"));
        QTest::mouseClick(button(panel, "clearButton"), Qt::LeftButton);
        QVERIFY(!queue.record(failing));
        QVERIFY(!queue.record(done));
        QCOMPARE(panel.model()->rowCount(), 1);
        QCOMPARE(panel.selectedId(), JobQueue::Id(0));
        QVERIFY(details(panel).isEmpty());
        QVERIFY(!button(panel, "clearButton")->isEnabled());
        QVERIFY(queue.record(still));
    }
};

QTEST_MAIN(JobsPanelTest)
#include "jobspaneltest.moc"
