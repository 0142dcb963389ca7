// SPDX-License-Identifier: GPL-2.0-or-later
#include "containerfromrecipe.h"

#include "asyncrun.h"
#include "engineclient.h"

#include <QCoreApplication>

namespace Stasis
{

namespace
{

/// One run of ContainerFromRecipe::create().
class CreateRun final : public AsyncRun<CreateRun, EngineResult<QString>>
{
    Q_DECLARE_TR_FUNCTIONS(Stasis::ContainerFromRecipe)

public:
    CreateRun(EngineClient *client, const ContainerRecipe &recipe, const QString &name)
        : m_client(client)
        , m_recipe(recipe)
        , m_name(name.startsWith(QLatin1Char('/')) ? name.mid(1) : name)
    {
    }

    void start()
    {
        if (const auto body = m_recipe.createBody(); !body) {
            return answer(std::unexpected(EngineError{EngineError::Kind::BadRequest, 0, body.error()}));
        }
        if (m_name.isEmpty()) {
            return findImage();
        }
        m_client->listContainers(ContainerFilter{{}, m_name, {}}).then(m_client, [self = shared_from_this()](const EngineResult<ContainerList> &listed) {
            if (!listed) {
                return self->answer(std::unexpected(listed.error()));
            }
            if (!listed->containers.isEmpty()) {
                return self->answer(std::unexpected(self->nameTaken()));
            }
            self->findImage();
        });
    }

private:
    /// The recipe's image by name when that is still the recipe's image,
    /// else by id; by name when the engine has only that.
    void findImage()
    {
        if (m_recipe.image.isEmpty()) {
            return findImageById(false);
        }
        lookUp(m_recipe.image).then(m_client, [self = shared_from_this()](const EngineResult<QString> &id) {
            if (!id && id.error().kind != EngineError::Kind::NotFound) {
                return self->answer(std::unexpected(id.error()));
            }
            if (id && (self->m_recipe.imageId.isEmpty() || *id == self->m_recipe.imageId)) {
                return self->create();
            }
            self->findImageById(id.has_value());
        });
    }

    void findImageById(bool nameExists)
    {
        if (m_recipe.imageId.isEmpty()) {
            return answer(std::unexpected(imageMissing()));
        }
        lookUp(m_recipe.imageId).then(m_client, [self = shared_from_this(), nameExists](const EngineResult<QString> &id) {
            if (id) {
                self->m_recipe.image = self->m_recipe.imageId;
                return self->create();
            }
            if (id.error().kind != EngineError::Kind::NotFound) {
                return self->answer(std::unexpected(id.error()));
            }
            // The tag points elsewhere by now; the exact image is gone. Its file system may still fit.
            nameExists ? self->create() : self->answer(std::unexpected(self->imageMissing()));
        });
    }

    /// The id of image @p reference on the engine.
    QFuture<EngineResult<QString>> lookUp(const QString &reference)
    {
        return m_client->inspectImage(reference).then(m_client, [](const EngineResult<ImageDetails> &image) {
            return image.transform([](const ImageDetails &details) {
                return details.id;
            });
        });
    }

    void create()
    {
        if (isCanceled()) {
            return answer(std::unexpected(EngineError{EngineError::Kind::Cancelled, 0, tr("The request was cancelled.")}));
        }
        ContainerSpec spec;
        spec.name = m_name;
        spec.configuration = *m_recipe.createBody();
        m_client->createContainer(spec).then(m_client, [self = shared_from_this()](const EngineResult<QString> &created) {
            if (!created) {
                EngineError error = created.error();
                // Someone else was quicker, or the image went away meanwhile.
                if (error.kind == EngineError::Kind::Conflict && !self->m_name.isEmpty()) {
                    error = self->nameTaken();
                } else if (error.kind == EngineError::Kind::NotFound && error.message.contains(QLatin1String("image"), Qt::CaseInsensitive)) {
                    error = self->imageMissing();
                } else {
                    error.message = tr("Cannot create %1 from its recipe: %2").arg(self->displayName(), error.message);
                }
                return self->answer(std::unexpected(error));
            }
            self->answer(*created);
        });
    }

    QString displayName() const
    {
        return m_name.isEmpty() ? tr("a container") : m_name;
    }

    EngineError nameTaken() const
    {
        return EngineError{EngineError::Kind::Conflict,
                           0,
                           tr("A container named %1 already exists on this engine: choose another name, or remove that container first.").arg(m_name)};
    }

    EngineError imageMissing() const
    {
        const QString &image = m_recipe.image.isEmpty() ? m_recipe.imageId : m_recipe.image;
        if (image.startsWith(QLatin1String("sha256:"))) {
            return EngineError{
                EngineError::Kind::NotFound,
                0,
                tr("Image %1 is not on this engine: load it there first (docker save on the engine that has it, then docker load here).").arg(image)};
        }
        return EngineError{EngineError::Kind::NotFound, 0, tr("Image %1 is not on this engine: pull or load it there first (docker pull %1).").arg(image)};
    }

    EngineClient *m_client;
    ContainerRecipe m_recipe;
    QString m_name;
};
} // namespace

QFuture<EngineResult<QString>> ContainerFromRecipe::create(EngineClient *client, const ContainerRecipe &recipe, const QString &name)
{
    return CreateRun::launch(client, recipe, name);
}

} // namespace Stasis
