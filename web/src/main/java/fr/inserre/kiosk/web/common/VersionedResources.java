package fr.inserre.kiosk.web.common;

import jakarta.faces.application.ProjectStage;
import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ResourceWrapper;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Gives our own resources (the application's {@code /resources} folder: CSS, scripts) an address that
 * changes with their content: {@code …/css/kiosk.css.xhtml?v=<first 10 hex digits of its SHA-256>}.
 * A browser may then keep them for good ({@link ResourceCaching}) and still gets a changed file at
 * once, as a changed file has a new address. Library resources (PrimeFaces, OmniFaces, Faces) carry
 * their library's version already. Registered in faces-config.xml.
 */
public class VersionedResources extends ResourceHandlerWrapper {

    /** The query parameter of a versioned address (the one PrimeFaces uses too). */
    static final String VERSION_PARAMETER = "v";

    private static final Map<String, String> VERSIONS = new ConcurrentHashMap<>();

    public VersionedResources(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Resource createResource(String resourceName) {
        return versioned(super.createResource(resourceName), null);
    }

    @Override
    public Resource createResource(String resourceName, String libraryName) {
        return versioned(super.createResource(resourceName, libraryName), libraryName);
    }

    @Override
    public Resource createResource(String resourceName, String libraryName, String contentType) {
        return versioned(super.createResource(resourceName, libraryName, contentType), libraryName);
    }

    private static Resource versioned(Resource resource, String libraryName) {
        if (resource == null || libraryName != null) {
            return resource;
        }
        String version = versionOf(resource.getResourceName());
        return version == null ? resource : new ResourceWrapper(resource) {
            @Override
            public String getRequestPath() {
                String path = super.getRequestPath();
                return path + (path.contains("?") ? "&" : "?") + VERSION_PARAMETER + "=" + version;
            }
        };
    }

    /** The content's hash, once per resource (every time in the Development stage, where files change). */
    private static String versionOf(String resourceName) {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context.isProjectStage(ProjectStage.Development)) {
            return hash(context, resourceName);
        }
        return VERSIONS.computeIfAbsent(resourceName, name -> hash(context, name));
    }

    /** Null for a resource that is not in the application's /resources folder. */
    private static String hash(FacesContext context, String resourceName) {
        try (InputStream content = context.getExternalContext().getResourceAsStream("/resources/" + resourceName)) {
            if (content == null) {
                return null;
            }
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.readAllBytes()))
                    .substring(0, 10);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
