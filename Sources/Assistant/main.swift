import Knowledge
print(try KnowledgeBase.load().answer(CommandLine.arguments.dropFirst().joined(separator: " ")).text)
