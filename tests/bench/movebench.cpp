// SPDX-License-Identifier: GPL-2.0-or-later
// Benchmark: move a container holding about 512 MiB of memory from the
// sandbox engine to a second one with MoveJob, against the baseline of the
// same run — a plain checkpoint and a plain restore of the same container on
// the source. Prints the times, their ratio, the move's downtime and the
// peak RSS of this process during the move; fails when the peak reaches
// 64 MiB (the checkpoint and the image stream through, never held).
#include "enginetestsupport.h"
#include "peakmemory.h"

#include "movejob.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Stasis;
using namespace Stasis::Test;

namespace
{
constexpr qint64 mebibyte = 1024 * 1024;
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
        // The baseline: what the move does at least, on one engine.
        QElapsedTimer timer;
        timer.start();
        const auto checkpointed = checkpoint(*m_source, m_container, CheckpointOptions{QStringLiteral("baseline"), false, {}});
        QVERIFY2(checkpointed, why(checkpointed).constData());
        const qint64 checkpointMs = timer.restart();
        const auto restored = restore(*m_source, m_container, QStringLiteral("baseline"));
        QVERIFY2(restored, why(restored).constData());
        const qint64 restoreMs = timer.elapsed();
        const auto removed = await(m_source->removeCheckpoint(m_container, QStringLiteral("baseline")));
        QVERIFY2(removed, why(removed).constData());

        auto *move = new MoveJob(m_source, m_target, MoveJob::Request{m_container, {}, {}}, this);
        QVERIFY(resetPeakRss());
        const qint64 rssBefore = peakRss();
        timer.restart();
        // Where the time goes: each step's first message.
        connect(move, &KJob::infoMessage, this, [&timer](KJob *, const QString &message) {
            qInfo("%6lld ms  %s", timer.elapsed(), qPrintable(message));
        });
        QVERIFY(runJob(move, 600000));
        const qint64 moveMs = timer.elapsed();
        const qint64 peak = peakRss();
        QVERIFY2(!move->error(), jobFailure(move).constData());
        QVERIFY(move->downtime());

        const double ratio = double(moveMs) / double(checkpointMs + restoreMs);
        qInfo("plain checkpoint: %lld ms, plain restore: %lld ms (baseline %lld ms)", checkpointMs, restoreMs, checkpointMs + restoreMs);
        qInfo("move to a second engine: %lld ms, %.2f x the baseline; downtime %lld ms", moveMs, ratio, qint64(move->downtime()->count()));
        qInfo("peak RSS during the move: %.1f MiB (%.1f MiB before it started)", double(peak) / mebibyte, double(rssBefore) / mebibyte);
        QVERIFY2(peak < 64 * mebibyte, qPrintable(QStringLiteral("peak RSS %1 MiB").arg(peak / mebibyte)));
        const auto details = await(m_target->inspectContainer(m_container));
        QVERIFY2(details && details->running, "the moved container does not run on the target");
        delete move;
    }
};

QTEST_GUILESS_MAIN(MoveBench)
#include "movebench.moc"
