import Foundation
import PackagePlugin

/// Embeds `corpus/` (without the evaluation sets) and `seeds/` into the target as Swift source.
@main
struct EmbedCorpus: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let root = context.package.directoryURL
    let relativePaths = files(under: root, in: "corpus", excluding: "corpus/eval")
      + files(under: root, in: "seeds", excluding: nil)
    let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedResources.swift")
    return [
      .buildCommand(
        displayName: "Embedding rule data and seed documents",
        executable: try context.tool(named: "EmbedResources").url,
        arguments: [output.path, root.path] + relativePaths,
        inputFiles: relativePaths.map { root.appending(path: $0) },
        outputFiles: [output]
      )
    ]
  }

  private func files(under root: URL, in folder: String, excluding excluded: String?) -> [String] {
    let base = root.appending(path: folder)
    guard
      let enumerator = FileManager.default.enumerator(
        at: base, includingPropertiesForKeys: [.isRegularFileKey])
    else { return [] }
    var found: [String] = []
    for case let url as URL in enumerator {
      guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else {
        continue
      }
      let relative = folder + "/" + url.path.dropFirst(base.path.count + 1)
      if let excluded, relative.hasPrefix(excluded + "/") { continue }
      guard relative.hasSuffix(".yaml") || relative.hasSuffix(".txt") else { continue }
      found.append(relative)
    }
    return found.sorted()
  }
}
