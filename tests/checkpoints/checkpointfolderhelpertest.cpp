// SPDX-License-Identifier: GPL-2.0-or-later
// CheckpointFolderHelper on the sandbox engine: a helper made from the
// container's image over its folder, read-only or not; a container that
// cannot be resolved fails as the engine said; a helper the engine cannot
// create fails with the caller's explanation.
#include "checkpointfolderhelper.h"
#include "enginetestsupport.h"
#include "helpercontainer.h"
#include "helperimage.h"
#include "helperlease.h"

#include <QJsonArray>
#include <QTest>

using namespace Stasis;
using namespace Stasis::Test;

class CheckpointFolderHelperTest : public QObject
{
    Q_OBJECT

    EngineClient *m_client = nullptr;
    CounterContainers m_containers{m_client, QStringLiteral("folderhelpertest")};
    QString m_container;
    /// The container's own folder on the engine host: it exists, unlike its checkpoints/ before a checkpoint.
    QString m_containerFolder;

    void helperOver(bool readOnly)
    {
        const auto helper = await(CheckpointFolderHelper::create(m_client, m_container, m_containerFolder, readOnly));
        QVERIFY2(helper, why(helper).constData());
        QVERIFY(helper->lease);
        QVERIFY(helper->folder.custom);
        QCOMPARE(helper->folder.hostPath, m_containerFolder);
        const auto details = await(m_client->inspectContainer(helper->lease->id()));
        QVERIFY2(details, why(details).constData());
        // Stasis's own image, never the container's.
        QCOMPARE(details->inspect.value(QLatin1String("Config")).toObject().value(QLatin1String("Image")).toString(), HelperImage::reference());
        QVERIFY(details->imageId != helper->folder.container.imageId);
        const QJsonArray mounts = details->inspect.value(QLatin1String("HostConfig")).toObject().value(QLatin1String("Mounts")).toArray();
        QCOMPARE(mounts.size(), 1);
        const QJsonObject mount = mounts.first().toObject();
        QCOMPARE(mount.value(QLatin1String("Type")).toString(), QStringLiteral("bind"));
        QCOMPARE(mount.value(QLatin1String("Source")).toString(), m_containerFolder);
        QCOMPARE(mount.value(QLatin1String("Target")).toString(), QString(HelperContainer::mountPoint));
        QCOMPARE(mount.value(QLatin1String("ReadOnly")).toBool(), readOnly);
        const auto removed = await(helper->lease->remove());
        QVERIFY2(removed, why(removed).constData());
        QCOMPARE(await(m_client->inspectContainer(helper->lease->id())).error().kind, EngineError::Kind::NotFound);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const auto client = connectToSandbox(this);
        QVERIFY2(client, why(client).constData());
        m_client = *client;
        const auto container = m_containers.add(QStringLiteral("target"), false);
        QVERIFY2(container, why(container).constData());
        m_container = *container;
        const auto folder = await(CheckpointFolder::resolve(m_client, m_container));
        QVERIFY2(folder, why(folder).constData());
        m_containerFolder = folder->containerFolder;
        QVERIFY(!m_containerFolder.isEmpty());
    }

    void readOnlyHelper()
    {
        helperOver(true);
    }

    void readWriteHelper()
    {
        helperOver(false);
    }

    void unknownContainerAsTheEngineSaid()
    {
        bool explained = false;
        const auto helper =
            await(CheckpointFolderHelper::create(m_client, m_container + QLatin1String("-nobody"), {}, true, [&explained](const QString &message) {
                explained = true;
                return message;
            }));
        QVERIFY(!helper);
        QCOMPARE(helper.error().kind, EngineError::Kind::NotFound);
        QVERIFY(!explained);
    }

    void failedHelperExplained()
    {
        // The engine refuses a bind mount whose source does not exist.
        const QString missing = m_containerFolder + QLatin1String("/stasis-no-such-folder");
        const auto helper = await(CheckpointFolderHelper::create(m_client, m_container, missing, true, [](const QString &message) {
            return QStringLiteral("No helper: ") + message;
        }));
        QVERIFY(!helper);
        QVERIFY2(helper.error().message.startsWith(QLatin1String("No helper: ")), qPrintable(helper.error().message));
        QVERIFY(helper.error().message.size() > QStringLiteral("No helper: ").size());
    }
};

QTEST_GUILESS_MAIN(CheckpointFolderHelperTest)
#include "checkpointfolderhelpertest.moc"
