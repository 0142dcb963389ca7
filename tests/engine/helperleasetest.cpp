// SPDX-License-Identifier: GPL-2.0-or-later
// A helper container lives as long as its lease: dropping the lease removes
// the helper and its anonymous volume, remove() says how that went, and the
// registry counts the helper until the engine removed it.
#include "helperlease.h"
#include "engineexchange.h"
#include "enginetestsupport.h"
#include "helperregistry.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Stasis;
using namespace Stasis::Test;

class HelperLeaseTest : public QObject
{
    Q_OBJECT

private:
    EngineClient *m_client = nullptr;

    /// The helper's anonymous volumes, by name.
    QStringList volumesOf(const QString &helper)
    {
        const auto details = await(m_client->inspectContainer(helper));
        if (!details) {
            return {};
        }
        QStringList volumes;
        for (const QJsonValue &mount : details->inspect.value(QLatin1String("Mounts")).toArray()) {
            if (mount.toObject().value(QLatin1String("Type")).toString() == QLatin1String("volume")) {
                volumes.append(mount.toObject().value(QLatin1String("Name")).toString());
            }
        }
        return volumes;
    }

    /// Whether the engine knows volume @p name (`GET /volumes/{name}`).
    std::optional<bool> volumeExists(const QString &name)
    {
        EngineExchange download(m_client);
        QSignalSpy finished(&download, &EngineExchange::finished);
        download.get(QLatin1String("/volumes/") + EngineClient::encoded(name));
        if (!finished.wait(30000)) {
            return std::nullopt;
        }
        if (!download.error()) {
            return true;
        }
        if (download.error()->kind == EngineError::Kind::NotFound) {
            return false;
        }
        return std::nullopt;
    }

    bool exists(const QString &container)
    {
        return await(m_client->inspectContainer(container)).has_value();
    }

    HelperContainer::Spec withVolume()
    {
        HelperContainer::Spec spec = sandboxHelper(QStringLiteral("/tmp"));
        spec.volumes = {QStringLiteral("/scratch")};
        return spec;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const auto client = connectToSandbox(this);
        QVERIFY2(client, why(client).constData());
        m_client = *client;
    }

    void droppedLeaseRemovesHelperAndVolume()
    {
        HelperRegistry *registry = HelperRegistry::of(m_client);
        QCOMPARE(HelperRegistry::of(m_client), registry);
        const int before = registry->liveCount();
        auto lease = await(registry->create(withVolume()));
        QVERIFY2(lease, why(lease).constData());
        const QString id = (*lease)->id();
        QCOMPARE(registry->liveCount(), before + 1);
        QVERIFY(exists(id));
        const auto details = await(m_client->inspectContainer(id));
        QVERIFY2(details, why(details).constData());
        QCOMPARE(details->inspect.value(QLatin1String("Config"))
                     .toObject()
                     .value(QLatin1String("Labels"))
                     .toObject()
                     .value(QString(HelperContainer::label))
                     .toString(),
                 QStringLiteral("true"));
        QVERIFY(details->name.startsWith(HelperContainer::namePrefix));
        const QStringList volumes = volumesOf(id);
        QCOMPARE(volumes.size(), 1);
        QCOMPARE(volumeExists(volumes.first()), std::optional<bool>(true));

        const QFuture<void> none = registry->whenNoneLive();
        lease->reset();
        QTRY_VERIFY_WITH_TIMEOUT(!exists(id), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(registry->liveCount(), before, 30000);
        if (before == 0) {
            QTRY_VERIFY_WITH_TIMEOUT(none.isFinished(), 30000);
        }
        QCOMPARE(volumeExists(volumes.first()), std::optional<bool>(false));
    }

    void removeSaysHowItWentAndHappensOnce()
    {
        HelperRegistry *registry = HelperRegistry::of(m_client);
        const int before = registry->liveCount();
        auto lease = await(registry->create(withVolume()));
        QVERIFY2(lease, why(lease).constData());
        const QString id = (*lease)->id();
        const QStringList volumes = volumesOf(id);
        QCOMPARE(volumes.size(), 1);

        const auto removed = await((*lease)->remove());
        QVERIFY2(removed, why(removed).constData());
        QVERIFY(!exists(id));
        QCOMPARE(volumeExists(volumes.first()), std::optional<bool>(false));
        QCOMPARE(registry->liveCount(), before);
        // Already removed: nothing more to send, and nothing fails.
        const auto again = await((*lease)->remove());
        QVERIFY2(again, why(again).constData());
        lease->reset();
        QCOMPARE(registry->liveCount(), before);
    }

    void runGivesTheCommandsExitStatus()
    {
        // Stasis's own helper image: its tool refuses an unknown command with its usage status, 2.
        HelperContainer::Spec spec = HelperContainer::mounting(QStringLiteral("/tmp"), true);
        spec.command = {QStringLiteral("no-such-command")};
        auto lease = await(HelperRegistry::of(m_client)->create(spec));
        QVERIFY2(lease, why(lease).constData());
        const auto ran = await((*lease)->run(60000));
        QVERIFY2(ran, why(ran).constData());
        QCOMPARE(*ran, 2);
        // Removed, it runs no more: the answer says so.
        QVERIFY(await((*lease)->remove()));
        const auto gone = await((*lease)->run(60000));
        QVERIFY(!gone);
        QCOMPARE(gone.error().kind, EngineError::Kind::NotFound);
    }

    void failedCreateLeavesNothingLive()
    {
        HelperRegistry *registry = HelperRegistry::of(m_client);
        const int before = registry->liveCount();
        HelperContainer::Spec spec = HelperContainer::mounting(QStringLiteral("/tmp"));
        spec.image = QStringLiteral("stasis-no-such-image:never");
        const auto lease = await(registry->create(spec));
        QVERIFY(!lease);
        QCOMPARE(lease.error().kind, EngineError::Kind::NotFound);
        QCOMPARE(registry->liveCount(), before);
    }
};

QTEST_GUILESS_MAIN(HelperLeaseTest)
#include "helperleasetest.moc"
