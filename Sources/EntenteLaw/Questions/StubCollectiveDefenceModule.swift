enum CollectiveDefenceModule { static var module: QuestionModule { SelfDefenceModule.module } }
