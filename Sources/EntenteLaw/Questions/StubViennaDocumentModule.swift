enum ViennaDocumentModule { static var module: QuestionModule { SelfDefenceModule.module } }
