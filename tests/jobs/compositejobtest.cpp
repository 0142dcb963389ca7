// SPDX-License-Identifier: GPL-2.0-or-later
// The composite contract: steps in order (each announced before it starts), progress and amounts across
// steps, failures handed on, and a kill that reaches the running step.
#include "compositejob.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace Stasis;

namespace
{

/// A step the test finishes by hand; it may go on after a kill.
class ManualStep final : public Job
{
    Q_OBJECT

public:
    explicit ManualStep(bool reportsAfterKill = false)
    {
        setCapabilities(Killable);
        setReportsAfterKill(reportsAfterKill);
    }
    void progress(unsigned long percent)
    {
        setPercent(percent);
    }
    void bytes(qulonglong processed, qulonglong total)
    {
        setTotalAmount(Bytes, total);
        setProcessedAmount(Bytes, processed);
    }
    void succeed()
    {
        emitResult();
    }
    void fail(const QString &text)
    {
        setFailure(EngineRefused, text, EngineError{EngineError::Kind::ServerError, 500, text});
        setErrorDetails(QStringLiteral("details of ") + text);
        emitResult();
    }
    void say(const QString &message)
    {
        Q_EMIT infoMessage(this, message);
    }

    bool ran = false;
    bool killed = false;

protected:
    void run() override
    {
        ran = true;
    }
    bool doKill() override
    {
        killed = true;
        return true;
    }
};

/// Two steps, 30 % and 70 % of the whole; cleans up after a kill.
class TwoSteps final : public CompositeJob
{
    Q_OBJECT

public:
    explicit TwoSteps(bool reportsAfterKill = false)
    {
        setReportsAfterKill(reportsAfterKill);
    }

    QPointer<ManualStep> first = new ManualStep(true);
    QPointer<ManualStep> second = new ManualStep;
    bool secondStarted = false;
    int cleanUps = 0;

protected:
    void run() override
    {
        runStep(first, 30, [this](Job &step) {
            if (step.error()) {
                adoptFailure(step);
                emitResult();
                return;
            }
            secondStarted = true;
            runLastStep(second, 70);
        });
    }
    void afterKill(const std::function<void()> &done) override
    {
        ++cleanUps;
        done();
    }
};

} // namespace

class CompositeJobTest : public QObject
{
    Q_OBJECT

    static QString progressOf(const KJob &job)
    {
        return QStringLiteral("%1/%2 bytes, %3%").arg(job.processedAmount(KJob::Bytes)).arg(job.totalAmount(KJob::Bytes)).arg(job.percent());
    }

private Q_SLOTS:
    void startRunsLater()
    {
        TwoSteps job;
        job.setAutoDelete(false);
        job.start();
        QVERIFY(!job.first->ran);
        QTRY_VERIFY(job.first->ran);
    }

    void stepsRunInOrderWithProgressAcrossThem()
    {
        TwoSteps job;
        job.setAutoDelete(false);
        QSignalSpy messages(&job, &KJob::infoMessage);
        QSignalSpy result(&job, &KJob::result);
        // Each step's address (the first is deleted while the second runs), and whether it had run already.
        const auto address = [](const Job *step) {
            return quintptr(step);
        };
        const quintptr first = address(job.first);
        const quintptr second = address(job.second);
        QList<std::pair<quintptr, bool>> started;
        connect(&job, &CompositeJob::stepStarted, this, [&started, address](Job *step) {
            started.append({address(step), static_cast<ManualStep *>(step)->ran});
        });
        job.start();
        QTRY_VERIFY(job.first->ran);
        QVERIFY(!job.second->ran);
        QCOMPARE(started, (QList<std::pair<quintptr, bool>>{{first, false}}));

        job.first->progress(50);
        QCOMPARE(job.percent(), 15UL);
        job.first->say(QStringLiteral("half way"));
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.at(0).at(1).toString(), QStringLiteral("half way"));
        job.first->succeed();
        QCOMPARE(job.percent(), 30UL);
        QVERIFY(job.secondStarted);
        QTRY_VERIFY(job.second->ran);
        QCOMPARE(started, (QList<std::pair<quintptr, bool>>{{first, false}, {second, false}}));

        job.second->progress(50);
        QCOMPARE(job.percent(), 65UL);
        job.second->succeed();
        QCOMPARE(result.size(), 1);
        QCOMPARE(job.error(), 0);
        QCOMPARE(job.percent(), 100UL);
    }

    void amountsAddUpWhileTheShareSetsThePercent()
    {
        TwoSteps job;
        job.setAutoDelete(false);
        job.start();
        QTRY_VERIFY(job.first->ran);

        job.first->bytes(500, 1000);
        QCOMPARE(progressOf(job), QStringLiteral("500/1000 bytes, 15%"));
        // The step stays at 50 %: the whole stays at its share of that, not at 501 of 1000.
        job.first->bytes(501, 1000);
        QCOMPARE(progressOf(job), QStringLiteral("501/1000 bytes, 15%"));
        job.first->bytes(1000, 1000);
        job.first->succeed();
        QCOMPARE(progressOf(job), QStringLiteral("1000/1000 bytes, 30%"));
        QTRY_VERIFY(job.second->ran);

        job.second->bytes(150, 300);
        QCOMPARE(progressOf(job), QStringLiteral("1150/1300 bytes, 65%"));
        job.second->bytes(300, 300);
        job.second->succeed();
        QCOMPARE(progressOf(job), QStringLiteral("1300/1300 bytes, 100%"));
    }

    void aFailedStepIsTheJobsFailure()
    {
        TwoSteps job;
        job.setAutoDelete(false);
        QSignalSpy result(&job, &KJob::result);
        job.start();
        QTRY_VERIFY(job.first->ran);
        job.first->fail(QStringLiteral("no room"));
        QCOMPARE(result.size(), 1);
        QVERIFY(!job.secondStarted);
        QCOMPARE(job.error(), int(Job::EngineRefused));
        QCOMPARE(job.errorText(), QStringLiteral("no room"));
        QCOMPARE(job.errorString(), QStringLiteral("no room"));
        QCOMPARE(job.engineError().httpStatus, 500);
        QCOMPARE(job.errorDetails(), QStringLiteral("details of no room"));
    }

    void killReachesTheRunningStep()
    {
        TwoSteps job;
        job.setAutoDelete(false);
        QSignalSpy result(&job, &KJob::result);
        job.start();
        QTRY_VERIFY(job.first->ran);
        job.first->succeed();
        QTRY_VERIFY(job.second->ran);
        QVERIFY(job.kill(KJob::Quietly));
        QVERIFY(job.second->killed);
        QVERIFY(!job.first); // finished steps are deleted
        QCOMPARE(job.error(), int(KJob::KilledJobError));
        QCOMPARE(job.errorString(), QStringLiteral("Cancelled."));
        QCOMPARE(result.size(), 0);
        QCOMPARE(job.cleanUps, 0); // it does not report after a kill
    }

    void aCompositeReportingAfterKillCleansUpOnceTheStepIsGone()
    {
        QPointer<TwoSteps> job = new TwoSteps(true);
        job->setAutoDelete(false);
        job->start();
        QTRY_VERIFY(job->first->ran);
        QPointer<ManualStep> step = job->first;
        QVERIFY(job->kill(KJob::Quietly));
        QVERIFY(step->killed);
        QCOMPARE(job->cleanUps, 0); // the step still reports
        step->say(QStringLiteral("after the kill"));
        step->deleteLater();
        QTRY_VERIFY(!job); // cleaned up, then deleted itself
    }

    void aJobKilledBeforeItRanNeverRuns()
    {
        auto *step = new ManualStep(true);
        QPointer<ManualStep> guard = step;
        step->setAutoDelete(false);
        step->start();
        QVERIFY(step->kill(KJob::Quietly));
        QTRY_VERIFY(!guard); // reports after a kill, so it deletes itself
    }
};

QTEST_GUILESS_MAIN(CompositeJobTest)
#include "compositejobtest.moc"
