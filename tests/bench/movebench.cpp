// SPDX-License-Identifier: GPL-2.0-or-later
// Benchmark: move a container holding about 512 MiB of memory between the
// sandbox engine and a second one with MoveJob, against the baseline of the
// same run — a plain checkpoint and a plain restore of the same container on
// the engine it is on. Three rounds, each a baseline then a move (there and
// back again). Prints each round, the medians' ratio, the moves' downtime
// and the peak RSS of this process during them; fails when the peak reaches
// 64 MiB (the checkpoint and the image stream through, never held).
#include "enginetestsupport.h"
#include "peakmemory.h"

#include "movejob.h"

#include <QElapsedTimer>

#include <QTest>
#include <algorithm>

using namespace Stasis;
using namespace Stasis::Test;

namespace
{
constexpr qint64 mebibyte = 1024 * 1024;
constexpr int rounds = 3;

qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}
const QString targetSandbox = QStringLiteral("move-bench");
} // namespace

class MoveBench : public QObject
{
    Q_OBJECT

    EngineClient *m_source = nullptr;
    EngineClient *m_target = nullptr;
    const QString m_container = QStringLiteral("stasis-movebench-%1").arg(QCoreApplication::applicationPid());
    QString m_imageId;

private Q_SLOTS:
    void initTestCase()
    {
        const auto source = connectToSandbox(this);
        QVERIFY2(source, why(source).constData());
        m_source = *source;
        const auto host = runSandbox({QStringLiteral("up"), targetSandbox});
        QVERIFY2(host, why(host).constData());
        const auto target = connectTo(host->mid(int(qstrlen("DOCKER_HOST="))), this);
        QVERIFY2(target, why(target).constData());
        m_target = *target;

        // busybox's tail keeps its whole input while it has seen no newline
        // and no end: 256 MiB of random bytes without newlines, then 256 MiB
        // of zeros, with the pipe held open.
        ContainerSpec spec = counterSpec(
            m_container,
            {QStringLiteral("/bin/sh"),
             QStringLiteral("-c"),
             QStringLiteral("(head -c 268435456 /dev/urandom | tr -d '\\n'; head -c 268435456 /dev/zero; echo held >&2; exec sleep 2147483647) | tail")});
        const auto created = await(m_source->createContainer(spec));
        QVERIFY2(created, why(created).constData());
        const auto started = await(m_source->startContainer(m_container));
        QVERIFY2(started, why(started).constData());
        const auto details = await(m_source->inspectContainer(m_container));
        QVERIFY2(details, why(details).constData());
        m_imageId = details->imageId;
        QVERIFY(QTest::qWaitFor(
            [&] {
                const auto log = await(m_source->logs(m_container));
                return log && log->contains("held");
            },
            120000));
    }

    void cleanupTestCase()
    {
        if (m_source) {
            await(m_source->removeContainer(m_container, true));
        }
        if (m_target) {
            await(m_target->removeContainer(m_container, true));
            // The next run carries the image again.
            if (!m_imageId.isEmpty()) {
                await(m_target->removeImage(m_imageId));
            }
        }
        const auto down = runSandbox({QStringLiteral("down"), targetSandbox});
        QVERIFY2(down, why(down).constData());
    }

    void moveAgainstCheckpointAndRestore()
    {
        // Rounds alternate the baseline (what the move does at least, on one
        // engine) and the move, back and forth between the engines; medians.
        QList<qint64> baselines;
        QList<qint64> moves;
        QList<qint64> downtimes;
        qint64 peak = 0;
        EngineClient *from = m_source;
        EngineClient *to = m_target;
        for (int round = 1; round <= rounds; ++round) {
            QElapsedTimer timer;
            timer.start();
            const auto checkpointed = checkpoint(*from, m_container, CheckpointOptions{QStringLiteral("baseline"), false, {}});
            QVERIFY2(checkpointed, why(checkpointed).constData());
            const qint64 checkpointMs = timer.restart();
            const auto restored = restore(*from, m_container, QStringLiteral("baseline"));
            QVERIFY2(restored, why(restored).constData());
            const qint64 restoreMs = timer.elapsed();
            const auto removed = await(from->removeCheckpoint(m_container, QStringLiteral("baseline")));
            QVERIFY2(removed, why(removed).constData());
            baselines.append(checkpointMs + restoreMs);

            auto *move = new MoveJob(from, to, MoveJob::Request{m_container, {}, {}}, this);
            QVERIFY(resetPeakRss());
            timer.restart();
            // Where the time goes: when each step starts.
            connect(move, &CompositeJob::stepStarted, this, [&timer](Job *step) {
                qInfo("%6lld ms  %s", timer.elapsed(), step->metaObject()->className());
            });
            QVERIFY(runJob(move, 600000));
            moves.append(timer.elapsed());
            peak = std::max(peak, peakRss());
            QVERIFY2(!move->error(), jobFailure(move).constData());
            QVERIFY(move->downtime());
            downtimes.append(qint64(move->downtime()->count()));
            delete move;
            const auto details = await(to->inspectContainer(m_container));
            QVERIFY2(details && details->running, "the moved container does not run on the target");
            qInfo("round %d: plain checkpoint %lld ms + plain restore %lld ms = %lld ms; move %lld ms (%.2f x), downtime %lld ms",
                  round,
                  checkpointMs,
                  restoreMs,
                  baselines.last(),
                  moves.last(),
                  double(moves.last()) / double(baselines.last()),
                  downtimes.last());
            std::swap(from, to);
        }

        const double ratio = double(median(moves)) / double(median(baselines));
        qInfo("medians of %d rounds: plain checkpoint and restore %lld ms, move to the other engine %lld ms, %.2f x the baseline; downtime %lld ms",
              rounds,
              median(baselines),
              median(moves),
              ratio,
              median(downtimes));
        qInfo("peak RSS during the moves: %.1f MiB", double(peak) / mebibyte);
        QVERIFY2(peak < 64 * mebibyte, qPrintable(QStringLiteral("peak RSS %1 MiB").arg(peak / mebibyte)));
    }
};

QTEST_GUILESS_MAIN(MoveBench)
#include "movebench.moc"
